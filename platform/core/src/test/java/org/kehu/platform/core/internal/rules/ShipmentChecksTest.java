package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.ApprovalLevel;
import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.CreditRating;
import org.kehu.platform.api.ledger.Order;
import org.kehu.platform.api.ledger.OrderStatus;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.spi.ShipmentCheck;
import org.kehu.platform.api.spi.ShipmentContext;

class ShipmentChecksTest {

    private static final long PARTY = 7L;
    private static final LocalDate SHIP = LocalDate.of(2026, 6, 15);

    private final AtomicReference<BigDecimal> tolerance = new AtomicReference<>(BigDecimal.ZERO);
    private final List<ShipmentCheck> checks = ShipmentChecks.core(tolerance::get);

    // the parts of a context; each test changes what it needs, the defaults pass every check
    private boolean paidInAdvance;
    private long requestParty;
    private LocalDate shipDate;
    private BigDecimal quantity;
    private boolean withContract;
    private long contractParty;
    private ContractStatus contractStatus;
    private PaymentMode contractMode;
    private LocalDate contractStart;
    private LocalDate contractEnd;
    private BigDecimal contractQuantity;
    private BigDecimal contractShipped;
    private boolean withOrder;
    private long orderParty;
    private OrderStatus orderStatus;
    private BigDecimal orderQuantity;
    private BigDecimal orderShipped;
    private String limit;
    private String exposure;
    private String additional;
    private String overdue;
    private Integer oldestOverdueDays;
    private CreditListType list;
    /** Money on account; {@code null} means exactly the shipment's amount. */
    private String prepayments;

    @BeforeEach
    void clean() {
        prepayments = null;
        paidInAdvance = false;
        requestParty = PARTY;
        shipDate = SHIP;
        quantity = new BigDecimal("60");
        withContract = true;
        contractParty = PARTY;
        contractStatus = ContractStatus.ACTIVE;
        contractMode = PaymentMode.CREDIT;
        contractStart = LocalDate.of(2026, 1, 1);
        contractEnd = LocalDate.of(2026, 12, 31);
        contractQuantity = new BigDecimal("1000");
        contractShipped = new BigDecimal("400");
        withOrder = true;
        orderParty = PARTY;
        orderStatus = OrderStatus.PARTIALLY_SHIPPED;
        orderQuantity = new BigDecimal("100");
        orderShipped = new BigDecimal("40");
        limit = "1000000";
        exposure = "500000";
        additional = "100000";
        overdue = "0";
        oldestOverdueDays = null;
        list = CreditListType.WHITE;
    }

    private static Money cny(String amount) {
        return Money.cny(amount);
    }

    private ShipmentContext context() {
        Customer customer = new Customer(requestParty, "C0007", null, "Acme", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, 0L);
        Contract contract = withContract
                ? new Contract(11L, "HT-2026-011", contractParty, "Cement 2026", cny("5000000"), contractQuantity, "t",
                        contractStart, contractEnd, 30, contractMode, contractStatus, ApprovalLevel.GM_OFFICE_MEETING,
                        contractShipped, null, null, 0L, null, null)
                : null;
        Order order = withOrder
                ? new Order(21L, "SO-21", orderParty, withContract ? 11L : null, LocalDate.of(2026, 5, 1), orderQuantity,
                        cny("50000"), orderShipped, cny("20000"), cny("30000"), orderStatus, 0L, null, null)
                : null;
        BigDecimal lim = new BigDecimal(limit);
        BigDecimal exp = new BigDecimal(exposure);
        CreditProfile credit = new CreditProfile(requestParty, CreditRating.B, cny(limit), null, null, 30, List.of(),
                cny(limit), cny(exposure), cny("0"), cny(exposure), Money.cny(Amounts.max(BigDecimal.ZERO, lim.subtract(exp)).toPlainString()),
                Amounts.ratio(exp, lim), cny(overdue), oldestOverdueDays, cny(prepayments == null ? additional : prepayments), list, 0L);
        ShipmentRequest request = new ShipmentRequest(requestParty, withContract ? 11L : null, withOrder ? 21L : null,
                "SH-1", shipDate, quantity, cny(additional), null, paidInAdvance);
        return new ShipmentContext(request, customer, contract, order, credit, cny(paidInAdvance ? "0" : additional),
                withContract ? contractShipped : BigDecimal.ZERO);
    }

    private List<ShipmentRefusal> refusals() {
        return refusals(context());
    }

    private List<ShipmentRefusal> refusals(ShipmentContext c) {
        List<ShipmentRefusal> out = new ArrayList<>();
        for (ShipmentCheck check : checks) {
            List<ShipmentRefusal> found = check.check(c);
            for (ShipmentRefusal r : found) {
                assertEquals(check.id(), r.code(), "a core check refuses with its own id");
            }
            out.addAll(found);
        }
        return out;
    }

    private List<String> codes() {
        return refusals().stream().map(ShipmentRefusal::code).toList();
    }

    private String message(String code) {
        return refusals().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().message();
    }

    @Test
    void checkIdsInOrder() {
        assertEquals(List.of("PARTY_MISMATCH", "PREPAYMENT_MISSING", "BLACK_LISTED", "NO_CREDIT", "LIMIT_EXCEEDED", "OVERDUE",
                "NO_CONTRACT", "QUANTITY_MISMATCH"), checks.stream().map(ShipmentCheck::id).toList());
        assertEquals("OVERDUE", checks.get(5).toString());
    }

    @Test
    void cleanRequestPassesEveryCheck() {
        ShipmentContext c = context();
        for (ShipmentCheck check : checks) {
            assertEquals(List.of(), check.check(c), check.id());
        }
    }

    @Test
    void cleanRequestPaidInAdvancePasses() {
        paidInAdvance = true;
        assertEquals(List.of(), codes());
    }

    // PREPAYMENT_MISSING

    @Test
    void paidInAdvanceNeedsTheMoneyOnAccount() {
        paidInAdvance = true;
        prepayments = "0";
        assertEquals(List.of("PREPAYMENT_MISSING"), codes());
        prepayments = new BigDecimal(additional).subtract(new BigDecimal("0.01")).toPlainString();
        assertEquals(List.of("PREPAYMENT_MISSING"), codes());
        assertEquals("Paid in advance, but only " + new BigDecimal(prepayments).setScale(2).toPlainString() + " of "
                + new BigDecimal(additional).setScale(2).toPlainString() + " is on account", message("PREPAYMENT_MISSING"));
        prepayments = additional;
        assertEquals(List.of(), codes());
    }

    @Test
    void prepaymentIsNotAskedOfCreditShipments() {
        prepayments = "0";
        assertEquals(List.of(), codes());
    }

    @Test
    void aPrepaidContractShipsOnlyPaidInAdvance() {
        contractMode = PaymentMode.PREPAID;
        assertEquals(List.of("PREPAYMENT_MISSING"), codes());
        assertEquals("Contract HT-2026-011 is prepaid: its goods ship only when paid in advance", message("PREPAYMENT_MISSING"));
        paidInAdvance = true;
        assertEquals(List.of(), codes());
        prepayments = "0";
        assertEquals(List.of("PREPAYMENT_MISSING"), codes());
        assertTrue(message("PREPAYMENT_MISSING").startsWith("Paid in advance, but only 0.00"));
    }

    @Test
    void cashOnDeliveryAndCreditContractsShipOnCredit() {
        for (PaymentMode mode : new PaymentMode[] {PaymentMode.CREDIT, PaymentMode.CASH_ON_DELIVERY}) {
            contractMode = mode;
            assertEquals(List.of(), codes(), mode.name());
        }
    }

    @Test
    void aPrepaidContractIsReportedAlongTheOtherReasons() {
        contractMode = PaymentMode.PREPAID;
        overdue = "100";
        oldestOverdueDays = 3;
        assertEquals(List.of("PREPAYMENT_MISSING", "OVERDUE"), codes());
    }

    // plugin results

    @Test
    void pluginResultsAreMadeFitToRecord() {
        List<ShipmentRefusal> found = new ArrayList<>();
        found.add(null);
        found.add(new ShipmentRefusal(null, null));
        found.add(new ShipmentRefusal(" ", "Quality inspection pending"));
        found.add(new ShipmentRefusal("HAZMAT_PERMIT", " "));
        found.add(new ShipmentRefusal(" OWN_CODE ", "Own message"));
        found.add(null);
        assertEquals(List.of(
                new ShipmentRefusal("QUALITY", "Refused by check QUALITY"),
                new ShipmentRefusal("QUALITY", "Quality inspection pending"),
                new ShipmentRefusal("HAZMAT_PERMIT", "Refused by check QUALITY"),
                new ShipmentRefusal("OWN_CODE", "Own message")), ShipmentChecks.fromPlugin("QUALITY", found));
    }

    @Test
    void pluginResultsWithoutAnythingToRecord() {
        assertEquals(List.of(), ShipmentChecks.fromPlugin("QUALITY", null));
        assertEquals(List.of(), ShipmentChecks.fromPlugin("QUALITY", List.of()));
        assertEquals(List.of(), ShipmentChecks.fromPlugin("QUALITY", java.util.Arrays.asList(null, null)));
    }

    @Test
    void aPluginCheckWithoutIdIsNamedForTheRecord() {
        List<ShipmentRefusal> found = List.of(new ShipmentRefusal(null, null));
        assertEquals(List.of(new ShipmentRefusal("PLUGIN_CHECK", "Refused by check PLUGIN_CHECK")),
                ShipmentChecks.fromPlugin(null, found));
        assertEquals(List.of(new ShipmentRefusal("PLUGIN_CHECK", "Refused by check PLUGIN_CHECK")),
                ShipmentChecks.fromPlugin("  ", found));
    }

    // PARTY_MISMATCH

    @Test
    void contractOfAnotherParty() {
        contractParty = 8L;
        assertEquals(List.of("PARTY_MISMATCH"), codes());
        assertEquals("Contract HT-2026-011 was signed with another party (customer 8)", message("PARTY_MISMATCH"));
    }

    @Test
    void orderOfAnotherParty() {
        orderParty = 9L;
        assertEquals(List.of("PARTY_MISMATCH"), codes());
        assertEquals("Order SO-21 belongs to another party (customer 9)", message("PARTY_MISMATCH"));
    }

    @Test
    void partyMismatchIsNotWaivedWhenPaidInAdvance() {
        paidInAdvance = true;
        contractParty = 8L;
        assertEquals(List.of("PARTY_MISMATCH"), codes());
        clean();
        paidInAdvance = true;
        orderParty = 9L;
        assertEquals(List.of("PARTY_MISMATCH"), codes());
    }

    @Test
    void onlyOnePartyRefusalWhenBothDiffer() {
        contractParty = 8L;
        orderParty = 9L;
        assertEquals(List.of("PARTY_MISMATCH"), codes());
        assertTrue(message("PARTY_MISMATCH").startsWith("Contract"));
    }

    @Test
    void noContractAndNoOrderIsNoPartyMismatch() {
        withContract = false;
        withOrder = false;
        assertEquals(List.of("NO_CONTRACT"), codes());
    }

    // BLACK_LISTED

    @Test
    void blackListed() {
        list = CreditListType.BLACK;
        assertEquals(List.of("BLACK_LISTED"), codes());
        assertEquals("The customer is on the black list: no shipment unless paid in advance", message("BLACK_LISTED"));
    }

    @Test
    void greyWhiteAndNoListAreNotBlack() {
        for (CreditListType l : new CreditListType[] {CreditListType.GREY, CreditListType.WHITE, null}) {
            list = l;
            assertEquals(List.of(), codes(), String.valueOf(l));
        }
    }

    @Test
    void blackListedPaidInAdvancePasses() {
        list = CreditListType.BLACK;
        paidInAdvance = true;
        assertEquals(List.of(), codes());
    }

    // NO_CREDIT

    @Test
    void noCredit() {
        limit = "0";
        exposure = "0";
        assertEquals(List.of("NO_CREDIT"), codes());
        assertEquals("The customer has no credit limit", message("NO_CREDIT"));
    }

    @Test
    void noCreditWithExposureIsNotAlsoLimitExceeded() {
        limit = "0";
        exposure = "900000";
        assertEquals(List.of("NO_CREDIT"), codes());
    }

    @Test
    void smallestCreditIsCredit() {
        limit = "0.01";
        exposure = "0";
        additional = "0";
        assertEquals(List.of(), codes());
    }

    // LIMIT_EXCEEDED

    @Test
    void exactlyAtTheLimitPasses() {
        exposure = "900000";
        additional = "100000";
        assertEquals(List.of(), codes());
    }

    @Test
    void oneCentOverTheLimitIsRefused() {
        exposure = "900000";
        additional = "100000.01";
        assertEquals(List.of("LIMIT_EXCEEDED"), codes());
        assertEquals("Exposure would be 1000000.01, above the limit of 1000000.00", message("LIMIT_EXCEEDED"));
    }

    @Test
    void alreadyOverTheLimitIsRefusedEvenWithoutAdditionalExposure() {
        exposure = "1000000.01";
        additional = "0";
        assertEquals(List.of("LIMIT_EXCEEDED"), codes());
    }

    // OVERDUE

    @Test
    void overdue() {
        overdue = "5000.00"; // the ledger keeps money at two decimals
        oldestOverdueDays = 12;
        assertEquals(List.of("OVERDUE"), codes());
        assertEquals("The customer has 5000.00 overdue, the oldest for 12 days", message("OVERDUE"));
    }

    @Test
    void aCentOverdueIsOverdue() {
        overdue = "0.01";
        oldestOverdueDays = 1;
        assertEquals(List.of("OVERDUE"), codes());
    }

    // NO_CONTRACT

    @Test
    void noContract() {
        withContract = false;
        assertEquals(List.of("NO_CONTRACT"), codes());
        assertEquals("No contract covers this shipment", message("NO_CONTRACT"));
    }

    @ParameterizedTest
    @EnumSource(value = ContractStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void contractNotActive(ContractStatus status) {
        contractStatus = status;
        assertEquals(List.of("NO_CONTRACT"), codes());
        assertEquals("Contract HT-2026-011 is " + status + ", not active", message("NO_CONTRACT"));
    }

    @Test
    void shipDateOutsideTheContractTerm() {
        shipDate = contractStart.minusDays(1);
        assertEquals(List.of("NO_CONTRACT"), codes());
        assertEquals("Contract HT-2026-011 runs from 2026-01-01 to 2026-12-31", message("NO_CONTRACT"));
        shipDate = contractEnd.plusDays(1);
        assertEquals(List.of("NO_CONTRACT"), codes());
    }

    @Test
    void shipDateOnTheFirstAndLastDayOfTheTerm() {
        shipDate = contractStart;
        assertEquals(List.of(), codes());
        shipDate = contractEnd;
        assertEquals(List.of(), codes());
    }

    @Test
    void aRequestWithoutShipDateIsCheckedForToday() {
        shipDate = null;
        contractStart = LocalDate.of(2030, 1, 1);
        contractEnd = LocalDate.of(2030, 12, 31);
        ShipmentContext undated = context();
        // the check cannot judge a request without a date; the gate therefore dates every request before the checks
        assertEquals(List.of(), refusals(undated));
        ShipmentRequest dated = ShipmentChecks.dated(undated.request(), SHIP);
        assertEquals(SHIP, dated.shipDate());
        assertEquals(undated.request(), new ShipmentRequest(dated.customerId(), dated.contractId(), dated.orderId(),
                dated.number(), null, dated.quantity(), dated.amount(), dated.cost(), dated.paidInAdvance()));
        List<ShipmentRefusal> found = refusals(withRequest(undated, dated));
        assertEquals(List.of("NO_CONTRACT"), found.stream().map(ShipmentRefusal::code).toList());
        assertEquals("Contract HT-2026-011 runs from 2030-01-01 to 2030-12-31", found.get(0).message());
    }

    @Test
    void aDatedRequestKeepsItsDate() {
        ShipmentRequest request = context().request();
        assertSame(request, ShipmentChecks.dated(request, SHIP.plusDays(3)));
        clean();
        shipDate = null;
        assertEquals(List.of(), refusals(withRequest(context(), ShipmentChecks.dated(context().request(), SHIP))));
    }

    private static ShipmentContext withRequest(ShipmentContext c, ShipmentRequest request) {
        return new ShipmentContext(request, c.customer(), c.contract(), c.order(), c.credit(), c.additionalExposure(),
                c.contractShippedQuantity());
    }

    @Test
    void noContractPaidInAdvancePasses() {
        withContract = false;
        paidInAdvance = true;
        assertEquals(List.of(), codes());
        clean();
        contractStatus = ContractStatus.DRAFT;
        paidInAdvance = true;
        assertEquals(List.of(), codes());
    }

    // QUANTITY_MISMATCH: order

    @Test
    void orderRemainingQuantity() {
        quantity = new BigDecimal("60"); // 100 - 40 left
        assertEquals(List.of(), codes());
        quantity = new BigDecimal("60.001");
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
        assertEquals("Quantity 60.001 is more than the 60 left on order SO-21", message("QUANTITY_MISMATCH"));
    }

    @Test
    void orderToleranceIsAShareOfTheOrderedQuantity() {
        tolerance.set(new BigDecimal("0.05"));
        quantity = new BigDecimal("65"); // 60 left + 5% of 100
        assertEquals(List.of(), codes());
        quantity = new BigDecimal("65.01");
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
    }

    @Test
    void toleranceIsReadOnEveryCheck() {
        quantity = new BigDecimal("62");
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
        tolerance.set(new BigDecimal("0.02"));
        assertEquals(List.of(), codes());
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"SHIPPED", "CANCELLED"})
    void closedOrder(OrderStatus status) {
        orderStatus = status;
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
        assertEquals("Order SO-21 is " + status, message("QUANTITY_MISMATCH"));
    }

    @Test
    void openOrderWithNothingShipped() {
        orderStatus = OrderStatus.OPEN;
        orderShipped = BigDecimal.ZERO;
        quantity = new BigDecimal("100");
        assertEquals(List.of(), codes());
        quantity = new BigDecimal("101");
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
    }

    // QUANTITY_MISMATCH: contract

    @Test
    void contractRemainingQuantity() {
        withOrder = false;
        quantity = new BigDecimal("600"); // 1000 - 400 left
        assertEquals(List.of(), codes());
        quantity = new BigDecimal("600.5");
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
        assertEquals("Quantity 600.5 differs from contract HT-2026-011: 600 of 1000 left", message("QUANTITY_MISMATCH"));
    }

    @Test
    void contractToleranceIsAShareOfTheContractedQuantity() {
        withOrder = false;
        tolerance.set(new BigDecimal("0.05"));
        quantity = new BigDecimal("650"); // 600 left + 5% of 1000
        assertEquals(List.of(), codes());
        quantity = new BigDecimal("650.01");
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
    }

    @Test
    void contractLimitsEvenWhenTheOrderHasRoomLeft() {
        orderQuantity = new BigDecimal("1000");
        orderShipped = BigDecimal.ZERO;
        quantity = new BigDecimal("700");
        assertEquals(List.of("QUANTITY_MISMATCH"), codes());
        assertTrue(message("QUANTITY_MISMATCH").contains("differs from contract"));
    }

    @Test
    void contractWithoutQuantityDoesNotLimit() {
        withOrder = false;
        contractQuantity = null;
        quantity = new BigDecimal("999999");
        assertEquals(List.of(), codes());
    }

    @Test
    void quantityMismatchPaidInAdvancePasses() {
        quantity = new BigDecimal("5000");
        paidInAdvance = true;
        assertEquals(List.of(), codes());
    }

    // paid in advance waives all but PARTY_MISMATCH

    @Test
    void everythingWrongIsReportedWithEveryReason() {
        list = CreditListType.BLACK;
        limit = "0";
        overdue = "100";
        oldestOverdueDays = 40;
        contractStatus = ContractStatus.DRAFT;
        quantity = new BigDecimal("5000");
        contractParty = 8L;
        assertEquals(List.of("PARTY_MISMATCH", "BLACK_LISTED", "NO_CREDIT", "OVERDUE", "NO_CONTRACT", "QUANTITY_MISMATCH"),
                codes());
        paidInAdvance = true;
        assertEquals(List.of("PARTY_MISMATCH"), codes());
        contractParty = PARTY;
        assertEquals(List.of(), codes());
    }

    @Test
    void limitExceededIsWaivedWhenPaidInAdvance() {
        exposure = "1000000";
        additional = "1";
        assertEquals(List.of("LIMIT_EXCEEDED"), codes());
        paidInAdvance = true;
        // the gate adds no exposure for goods paid in advance; even if it did, the check is waived
        ShipmentContext c = context();
        ShipmentContext withExposure = new ShipmentContext(c.request(), c.customer(), c.contract(), c.order(), c.credit(),
                cny("5000000"), c.contractShippedQuantity());
        for (ShipmentCheck check : checks) {
            assertEquals(List.of(), check.check(withExposure), check.id());
        }
    }
}
