package org.kehu.platform.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.Anniversary;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.RelationshipType;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.WinBackOutcome;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditRating;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.ledger.ShipmentDecision;
import org.kehu.platform.core.internal.demo.DemoLedger.BreachStep;
import org.kehu.platform.core.internal.demo.DemoLedger.CancelStep;
import org.kehu.platform.core.internal.demo.DemoLedger.CloseStep;
import org.kehu.platform.core.internal.demo.DemoLedger.ContractStep;
import org.kehu.platform.core.internal.demo.DemoLedger.CreditStep;
import org.kehu.platform.core.internal.demo.DemoLedger.InvoiceStep;
import org.kehu.platform.core.internal.demo.DemoLedger.ListStep;
import org.kehu.platform.core.internal.demo.DemoLedger.OrderStep;
import org.kehu.platform.core.internal.demo.DemoLedger.Part;
import org.kehu.platform.core.internal.demo.DemoLedger.PaymentStep;
import org.kehu.platform.core.internal.demo.DemoLedger.RebateStep;
import org.kehu.platform.core.internal.demo.DemoLedger.RoleStep;
import org.kehu.platform.core.internal.demo.DemoLedger.SettleStep;
import org.kehu.platform.core.internal.demo.DemoLedger.ShipStep;
import org.kehu.platform.core.internal.demo.DemoLedger.Step;
import org.kehu.platform.core.internal.demo.DemoLedger.TemporaryStep;
import org.kehu.platform.core.internal.rules.Aging;
import org.kehu.platform.core.internal.rules.AnniversaryCalendar;
import org.kehu.platform.core.internal.rules.ContactRules;
import org.kehu.platform.core.internal.rules.CreditCodes;
import org.kehu.platform.core.internal.rules.CustomerRules;
import org.kehu.platform.core.internal.rules.LifecycleRules;
import org.kehu.platform.core.internal.rules.Violations;

class DemoDataSetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> INDUSTRIES = Set.of("telecom", "real-estate", "fuel-card", "cement", "bank");
    private static final List<DemoDataSet.DemoCustomer> DATA = DemoDataSet.generate(42, 320, TODAY);

    @Test
    void generatesTheRequestedNumberDeterministically() {
        assertEquals(320, DATA.size());
        assertEquals(DATA, DemoDataSet.generate(42, 320, TODAY));
        assertNotEquals(DATA, DemoDataSet.generate(43, 320, TODAY));
    }

    @Test
    void namesAndCreditCodesAreUniqueAndValid() {
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (DemoDataSet.DemoCustomer c : DATA) {
            assertTrue(names.add(c.draft().name()), "duplicate name " + c.draft().name());
            if (c.draft().type() == PartyType.ORGANIZATION) {
                String code = c.draft().organization().creditCode();
                assertTrue(CreditCodes.isValid(code), "invalid credit code " + code);
                assertTrue(codes.add(code), "duplicate credit code " + code);
            }
        }
    }

    @Test
    void coversEveryIndustryAndBothPartyTypes() {
        assertEquals(INDUSTRIES, DATA.stream().map(c -> c.draft().industry()).collect(Collectors.toSet()));
        long persons = DATA.stream().filter(c -> c.draft().type() == PartyType.PERSON).count();
        assertTrue(persons > 30 && persons < 100, "persons: " + persons);
    }

    @Test
    void draftsAndContactsPassTheValidationRules() {
        int upcoming = 0;
        for (DemoDataSet.DemoCustomer c : DATA) {
            CustomerDraft draft = c.draft();
            Violations v = new Violations();
            CustomerRules.check(draft, INDUSTRIES, null, TODAY, v);
            assertTrue(v.isEmpty(), draft.name() + ": " + v.errors());
            assertNull(draft.version());
            assertTrue(LifecycleRules.INITIAL.contains(draft.status()));
            assertTrue(Set.of("am1", "am2", "manager").contains(draft.owner()));
            assertTrue(draft.attributes().isEmpty());
            assertTrue(c.roles().contains(PartyRole.BUYER));
            if (draft.type() == PartyType.ORGANIZATION) {
                assertNotNull(draft.organization().financials());
                assertEquals(TODAY.getYear() - 1, draft.organization().financials().year());
                assertTrue(c.contacts().size() >= 1 && c.contacts().size() <= 3);
                assertEquals(1, c.contacts().stream().filter(ContactDraft::primary).count());
            } else {
                assertNotNull(draft.person());
                assertTrue(c.contacts().isEmpty());
                int year = draft.person().birthDate().getYear();
                assertTrue(year >= 1950 && year <= 2000);
            }
            for (ContactDraft contact : c.contacts()) {
                assertNull(contact.version());
                assertDoesNotThrow(() -> ContactRules.check(contact, TODAY, false), contact.name());
                for (Anniversary a : contact.anniversaries()) {
                    if (AnniversaryCalendar.occurrenceWithin(a.date(), TODAY, TODAY.plusDays(30)) != null) {
                        upcoming++;
                    }
                }
            }
        }
        assertTrue(upcoming >= 5, "upcoming anniversaries: " + upcoming);
    }

    @Test
    void activitiesAreRecentAndByTheOwner() {
        for (DemoDataSet.DemoCustomer c : DATA) {
            assertTrue(c.activities().size() >= 2 && c.activities().size() <= 6);
            for (ActivityDraft a : c.activities()) {
                assertEquals(c.draft().owner(), a.staff());
                assertTrue(a.occurredAt().isBefore(TODAY.atStartOfDay()));
                assertFalse(a.occurredAt().isBefore(TODAY.minusDays(365).atStartOfDay()));
                assertTrue(a.subject().length() <= 200 && !a.subject().isBlank());
            }
        }
    }

    @Test
    void relationsRespectPartyTypesOrderAndUniqueness() {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < DATA.size(); i++) {
            PartyType from = DATA.get(i).draft().type();
            for (DemoDataSet.DemoRelation r : DATA.get(i).relations()) {
                total++;
                assertTrue(r.toIndex() >= 0 && r.toIndex() < i, "toIndex " + r.toIndex() + " at " + i);
                PartyType to = DATA.get(r.toIndex()).draft().type();
                RelationshipType type = r.type();
                assertTrue(type.fromType() == null || type.fromType() == from, type + " from " + from);
                assertTrue(type.toType() == null || type.toType() == to, type + " to " + to);
                assertTrue(seen.add(type + ":" + Math.min(i, r.toIndex()) + ":" + Math.max(i, r.toIndex())),
                        "duplicate " + type + " between " + i + " and " + r.toIndex());
                assertTrue(r.since() == null || !r.since().isAfter(TODAY));
            }
        }
        assertTrue(total >= 100 && total <= 220, "relations: " + total);
        for (RelationshipType type : RelationshipType.values()) {
            assertTrue(seen.stream().anyMatch(k -> k.startsWith(type + ":")), "no " + type);
        }
    }

    @Test
    void transitionsFollowTheLifecycleAndChurnedCustomersHaveAWinBackDecision() {
        Set<LifecycleStatus> finals = new HashSet<>();
        for (DemoDataSet.DemoCustomer c : DATA) {
            LifecycleStatus status = c.draft().status();
            for (StatusChangeRequest step : c.transitions()) {
                assertTrue(LifecycleRules.allowed(status, step.status()), status + " -> " + step.status());
                assertFalse(LifecycleRules.isWinBack(status, step.status()));
                assertNull(step.version());
                assertEquals(step.status() == LifecycleStatus.CHURNED, step.churnReason() != null);
                status = step.status();
            }
            finals.add(status);
            if (status == LifecycleStatus.CHURNED) {
                assertNotNull(c.winBack());
                assertTrue(c.winBack().outcome() != WinBackOutcome.WIN_BACK
                        || c.winBack().estimatedCost() != null && c.winBack().estimatedValue() != null);
                assertFalse(c.winBack().reason().isBlank());
            } else {
                assertNull(c.winBack());
            }
            assertTrue(c.handovers().size() <= 1);
            for (HandoverRequest h : c.handovers()) {
                assertNotEquals(c.draft().owner(), h.newOwner());
                assertFalse(h.reason().isBlank());
            }
        }
        assertEquals(Set.of(LifecycleStatus.values()), finals);
    }

    // ---- the demo ledger

    private static final DemoLedger.Plan LEDGER = DemoLedger.generate(42, DATA, TODAY);
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    @Test
    void theLedgerIsDeterministicAndCoversAFewHundredCustomers() {
        assertEquals(LEDGER, DemoLedger.generate(42, DATA, TODAY));
        Replay r = new Replay(DATA, TODAY).run(LEDGER);
        assertTrue(r.parties.size() >= 150 && r.parties.size() <= 250, "customers with ledger records: " + r.parties.size());
        long organizations = r.parties.stream().filter(i -> DATA.get(i).draft().type() == PartyType.ORGANIZATION).count();
        assertTrue(r.rated.size() * 10 >= organizations * 7, "credit profiles: " + r.rated.size() + " of " + organizations);
        assertEquals(EnumSet.allOf(CreditRating.class), EnumSet.copyOf(r.ratings));
    }

    @Test
    void theLedgerKeepsTheLedgerRulesOnOtherDaysAndSeedsToo() {
        for (LocalDate day : List.of(TODAY, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 28), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31))) {
            for (long seed : new long[] {42, DemoDataLoader.SEED}) {
                List<DemoDataSet.DemoCustomer> data = DemoDataSet.generate(seed, 320, day);
                Replay r = new Replay(data, day).run(DemoLedger.generate(seed, data, day));
                assertSpecialCases(r, seed + " on " + day);
            }
        }
    }

    @Test
    void theLedgerHasContentInEveryAgingBucketAndEverySpecialCase() {
        Replay r = new Replay(DATA, TODAY).run(LEDGER);
        assertSpecialCases(r, "seed 42");
        Set<Integer> years = r.invoices.stream().map(i -> i.step.issueDate().getYear()).collect(Collectors.toSet());
        assertEquals(Set.of(TODAY.getYear() - 1, TODAY.getYear()), years);
        assertTrue(r.invoices.stream().anyMatch(i -> i.paid.signum() > 0 && i.open().signum() > 0), "no partial payment");
        assertTrue(r.shipped.values().stream().filter(s -> s.expected() == ShipmentDecision.ALLOWED).count() >= 10);
        for (String special : List.of("nearLimit", "temporaryExpiring", "breach", "rebateDealers", "refused")) {
            assertFalse(LEDGER.cases().get(special).isEmpty(), special);
        }
    }

    /** What every plan must show, on any day. */
    private static void assertSpecialCases(Replay r, String what) {
        Aging aging = Aging.parse("30, 90, 180, 365");
        int[] buckets = new int[aging.size()];
        for (Invoice i : r.invoices) {
            if (i.open().signum() > 0) {
                buckets[aging.bucketOf(ChronoUnit.DAYS.between(i.due, r.today))]++;
            }
        }
        for (int b = 0; b < buckets.length; b++) {
            assertTrue(buckets[b] > 0, what + ": nothing in aging bucket " + aging.key(b));
        }
        assertTrue(r.overdueCustomers() >= 5, what + ": overdue customers " + r.overdueCustomers());
        Set<String> levels = new HashSet<>();
        for (ContractStep c : r.contracts) {
            BigDecimal amount = c.amount().amount();
            levels.add(amount.compareTo(new BigDecimal("20000000")) > 0 ? "group"
                    : amount.compareTo(new BigDecimal("3000000")) > 0 ? "office" : "manager");
        }
        assertEquals(Set.of("group", "office", "manager"), levels, what);
        assertEquals(EnumSet.allOf(PaymentMode.class), r.contracts.stream().filter(c -> c.status() == ContractStatus.ACTIVE)
                .map(ContractStep::paymentMode).collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentMode.class))), what);
        assertTrue(r.granted().compareTo(DemoLedger.CREDIT_BUDGET) <= 0, what + ": credit granted " + r.granted());
        assertTrue(r.temporaries.stream().anyMatch(t -> !t.expiresOn().isAfter(r.today.plusDays(15))), what + ": nothing expiring");
        assertEquals(EnumSet.allOf(CreditListType.class), EnumSet.copyOf(r.lists.values()), what);
        for (Map.Entry<Integer, CreditListType> e : r.lists.entrySet()) {
            if (e.getValue() == CreditListType.BLACK) {
                assertTrue(r.breached.contains(e.getKey()), what + ": black-listed without a breach");
                assertTrue(r.overdue(e.getKey()).signum() > 0, what + ": black-listed without overdue receivables");
                assertTrue(r.refused.contains(e.getKey()), what + ": black-listed customer asked for no shipment");
            }
        }
        assertTrue(r.refused.stream().anyMatch(c -> r.overdue(c).signum() > 0 && r.lists.get(c) != CreditListType.BLACK),
                what + ": no shipment refused to an overdue customer");
        assertTrue(r.refused.size() >= 5, what + ": refused " + r.refused.size());
        assertTrue(r.invoices.stream().anyMatch(i -> i.step.contract() != null
                && r.contracts.get(i.step.contract()).customer() != i.step.customer()), what + ": no invoice to another party");
        assertTrue(r.foreignPayments > 0, what + ": no payment from another party");
        assertTrue(r.rated.stream().anyMatch(c -> r.limit(c).signum() > 0
                && r.exposure(c).compareTo(r.limit(c).multiply(new BigDecimal("0.9"))) >= 0
                && r.exposure(c).compareTo(r.limit(c)) <= 0), what + ": nobody near the limit");
        int year = r.today.getYear() - 1;
        long eligible = r.dealers.stream().filter(d -> r.rebateEligible(d, year)).count();
        assertTrue(eligible >= 3, what + ": dealers eligible for a rebate " + eligible);
        assertTrue(r.rebatePeriods.contains(Integer.toString(year)), what);
    }

    /**
     * Replays a ledger plan the way the ledger services would take it, failing on what they would refuse, and keeps
     * what the plan leaves as of its day.
     */
    private static final class Replay {

        final List<DemoDataSet.DemoCustomer> data;
        final LocalDate today;
        final Set<Integer> parties = new HashSet<>();
        final Set<Integer> rated = new HashSet<>();
        final Set<CreditRating> ratings = new HashSet<>();
        final Map<Integer, BigDecimal> limits = new HashMap<>();
        /** Payment terms in days; a customer without one has the shipped default of 30. */
        final Map<Integer, Integer> terms = new HashMap<>();
        final Map<Integer, Boolean> limitValid = new HashMap<>();
        final List<TemporaryStep> temporaries = new ArrayList<>();
        final Map<Integer, CreditListType> lists = new HashMap<>();
        final List<ContractStep> contracts = new ArrayList<>();
        final List<ContractStatus> statuses = new ArrayList<>();
        final List<OrderStep> orders = new ArrayList<>();
        final Map<Integer, BigDecimal> shippedOnOrder = new HashMap<>();
        final Set<Integer> cancelled = new HashSet<>();
        final Map<Integer, ShipStep> shipped = new HashMap<>();
        final List<Invoice> invoices = new ArrayList<>();
        final Map<Integer, List<BigDecimal[]>> onAccount = new HashMap<>();
        final Set<Integer> breached = new HashSet<>();
        final Set<Integer> refused = new HashSet<>();
        final Set<Integer> dealers = new HashSet<>();
        final Set<String> rebatePeriods = new HashSet<>();
        final Map<String, Set<String>> numbers = new HashMap<>();
        int foreignPayments;

        Replay(List<DemoDataSet.DemoCustomer> data, LocalDate today) {
            this.data = data;
            this.today = today;
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).roles().contains(PartyRole.DEALER)) {
                    dealers.add(i);
                }
            }
        }

        Replay run(DemoLedger.Plan plan) {
            for (Step step : plan.steps()) {
                assertFalse(rebatePeriods.size() > 0 && !(step instanceof SettleStep), "a step after the rebates: " + step);
                if (step instanceof RoleStep s) {
                    dealers.add(s.customer());
                } else if (step instanceof CreditStep s) {
                    credit(s);
                } else if (step instanceof TemporaryStep s) {
                    assertTrue(increaseAllowed(s.customer()), "temporary credit while overdue or listed: " + s);
                    assertFalse(s.expiresOn().isBefore(today) || s.expiresOn().isBefore(s.validFrom()), s.toString());
                    assertTrue(ChronoUnit.DAYS.between(s.validFrom(), s.expiresOn()) < 90, s.toString());
                    money(s.amount(), true);
                    temporaries.add(s);
                } else if (step instanceof ListStep s) {
                    assertFalse(s.reason().isBlank());
                    lists.put(s.customer(), s.list());
                } else if (step instanceof ContractStep s) {
                    assertNotEquals(CreditListType.BLACK, lists.get(s.customer()), "contract with a black-listed customer");
                    assertFalse(s.endDate().isBefore(s.startDate()));
                    assertTrue(s.title().length() <= 200 && (s.quantity() == null) == (s.unit() == null));
                    number("contract", s.number());
                    money(s.amount(), true);
                    parties.add(s.customer());
                    contracts.add(s);
                    statuses.add(s.status());
                } else if (step instanceof BreachStep s) {
                    assertFalse(s.date().isAfter(today));
                    assertEquals(ContractStatus.ACTIVE, statuses.get(s.contract()));
                    breached.add(contracts.get(s.contract()).customer());
                } else if (step instanceof CloseStep s) {
                    assertEquals(ContractStatus.ACTIVE, statuses.get(s.contract()));
                    statuses.set(s.contract(), s.status());
                } else if (step instanceof OrderStep s) {
                    assertEquals(ContractStatus.ACTIVE, statuses.get(s.contract()));
                    assertNotEquals(CreditListType.BLACK, lists.get(s.customer()), "order of a black-listed customer");
                    assertFalse(s.orderDate().isAfter(today));
                    number("order", s.number());
                    money(s.amount(), true);
                    orders.add(s);
                } else if (step instanceof CancelStep s) {
                    cancelled.add(s.order());
                } else if (step instanceof ShipStep s) {
                    ship(s);
                } else if (step instanceof InvoiceStep s) {
                    invoice(s);
                } else if (step instanceof PaymentStep s) {
                    payment(s);
                } else if (step instanceof RebateStep s) {
                    rebatePeriods.add(s.period());
                } else if (step instanceof SettleStep s) {
                    assertTrue(rebatePeriods.contains(s.period()));
                    assertEquals(s.customer(), invoices.get(s.invoice()).step.customer());
                    assertTrue(dealers.contains(s.customer()));
                }
            }
            return this;
        }

        void credit(CreditStep s) {
            assertFalse(s.reason().isBlank());
            if (s.annualLimit() != null) {
                money(s.annualLimit(), false);
                BigDecimal limit = s.annualLimit().amount();
                if (limit.compareTo(limits.getOrDefault(s.customer(), BigDecimal.ZERO)) > 0) {
                    assertTrue(increaseAllowed(s.customer()), "credit increase while overdue or listed: " + s);
                }
                limits.put(s.customer(), limit);
                limitValid.put(s.customer(), s.validTo() == null || !s.validTo().isBefore(today));
            }
            if (s.paymentTermDays() != null) {
                if (s.paymentTermDays() > terms.getOrDefault(s.customer(), 30)) {
                    assertTrue(increaseAllowed(s.customer()), "longer payment term while overdue or listed: " + s);
                }
                terms.put(s.customer(), s.paymentTermDays());
            }
            rated.add(s.customer());
            ratings.add(s.rating());
        }

        void ship(ShipStep s) {
            number("shipment", s.number());
            money(s.amount(), true);
            assertTrue(s.quantity().signum() > 0 && s.quantity().scale() <= 3);
            shipped.put(shipped.size(), s);
            if (s.expected() == ShipmentDecision.REFUSED) {
                refused.add(s.customer());
                return;
            }
            ContractStep contract = contracts.get(s.contract());
            assertEquals(s.customer(), contract.customer(), "allowed shipment to another party");
            if (s.paidInAdvance()) {
                assertTrue(unapplied(s.customer()).compareTo(s.amount().amount()) >= 0, "nothing paid in advance: " + s);
            } else {
                assertNotEquals(PaymentMode.PREPAID, contract.paymentMode(), "allowed on credit under a prepaid contract: " + s);
                assertEquals(ContractStatus.ACTIVE, statuses.get(s.contract()));
                assertTrue(limit(s.customer()).signum() > 0 && overdue(s.customer()).signum() == 0, "allowed shipment: " + s);
                assertNotEquals(CreditListType.BLACK, lists.get(s.customer()));
            }
            if (s.order() != null) {
                shippedOnOrder.merge(s.order(), s.amount().amount(), BigDecimal::add);
            }
        }

        void invoice(InvoiceStep s) {
            number("invoice", s.number());
            money(s.amount(), true);
            money(s.cost(), false);
            assertFalse(s.issueDate().isAfter(today));
            assertTrue(s.contract() != null, "an invoice without contract");
            if (s.shipment() != null) {
                assertEquals(ShipmentDecision.ALLOWED, shipped.get(s.shipment()).expected());
            }
            Invoice i = new Invoice(s, s.issueDate().plusDays(contracts.get(s.contract()).paymentTermDays()));
            invoices.add(i);
            parties.add(s.customer());
            // the ledger settles a new invoice from the money its party has on account, oldest first
            for (BigDecimal[] p : onAccount.getOrDefault(s.customer(), List.of())) {
                BigDecimal part = p[0].min(i.open());
                if (part.signum() > 0) {
                    p[0] = p[0].subtract(part);
                    i.apply(part, s.issueDate());
                }
            }
        }

        void payment(PaymentStep s) {
            number("payment", s.number());
            money(s.amount(), true);
            assertFalse(s.receivedDate().isAfter(today));
            parties.add(s.customer());
            BigDecimal applied = BigDecimal.ZERO;
            for (Part p : s.allocations()) {
                Invoice i = invoices.get(p.invoice());
                money(p.amount(), true);
                assertTrue(p.amount().amount().compareTo(i.open()) <= 0, "more than is open: " + s);
                assertFalse(s.receivedDate().isBefore(i.step.issueDate()), "paid before the invoice: " + s);
                i.apply(p.amount().amount(), s.receivedDate());
                applied = applied.add(p.amount().amount());
                if (contracts.get(i.step.contract()).customer() != s.customer()) {
                    foreignPayments++;
                }
            }
            assertTrue(applied.compareTo(s.amount().amount()) <= 0);
            if (s.allocations().isEmpty()) {
                onAccount.computeIfAbsent(s.customer(), k -> new ArrayList<>()).add(new BigDecimal[] {s.amount().amount()});
            } else {
                assertEquals(0, applied.compareTo(s.amount().amount()), "a payment partly on account: " + s);
            }
        }

        boolean increaseAllowed(int customer) {
            CreditListType list = lists.get(customer);
            return overdue(customer).signum() == 0 && list != CreditListType.GREY && list != CreditListType.BLACK;
        }

        BigDecimal limit(int customer) {
            BigDecimal limit = limitValid.getOrDefault(customer, false) ? limits.get(customer) : BigDecimal.ZERO;
            for (TemporaryStep t : temporaries) {
                if (t.customer() == customer && !t.validFrom().isAfter(today) && !t.expiresOn().isBefore(today)) {
                    limit = limit.add(t.amount().amount());
                }
            }
            return limit;
        }

        BigDecimal granted() {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c : limits.keySet()) {
                sum = limitValid.get(c) ? sum.add(limits.get(c)) : sum;
            }
            for (TemporaryStep t : temporaries) {
                sum = sum.add(t.amount().amount());
            }
            return sum;
        }

        BigDecimal overdue(int customer) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Invoice i : invoices) {
                if (i.step.customer() == customer && i.due.isBefore(today)) {
                    sum = sum.add(i.open());
                }
            }
            return sum;
        }

        long overdueCustomers() {
            return parties.stream().filter(c -> overdue(c).signum() > 0).count();
        }

        BigDecimal unapplied(int customer) {
            return onAccount.getOrDefault(customer, List.of()).stream().map(p -> p[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Open invoices, goods shipped on credit today and not invoiced today, and open orders not shipped yet. */
        BigDecimal exposure(int customer) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Invoice i : invoices) {
                if (i.step.customer() == customer) {
                    sum = sum.add(i.open());
                    if (i.step.issueDate().equals(today)) {
                        sum = sum.subtract(i.step.amount().amount());
                    }
                }
            }
            for (ShipStep s : shipped.values()) {
                if (s.customer() == customer && s.expected() == ShipmentDecision.ALLOWED && !s.paidInAdvance()) {
                    sum = sum.add(s.amount().amount());
                }
            }
            for (int o = 0; o < orders.size(); o++) {
                if (orders.get(o).customer() == customer && !cancelled.contains(o)) {
                    sum = sum.add(orders.get(o).amount().amount().subtract(shippedOnOrder.getOrDefault(o, BigDecimal.ZERO))
                            .max(BigDecimal.ZERO));
                }
            }
            return sum.max(BigDecimal.ZERO);
        }

        /** Sales above the first tier, nothing overdue at the year end and 80% of the year's sales collected by then. */
        boolean rebateEligible(int dealer, int year) {
            LocalDate end = LocalDate.of(year, 12, 31);
            BigDecimal sales = BigDecimal.ZERO;
            BigDecimal collected = BigDecimal.ZERO;
            for (Invoice i : invoices) {
                if (i.step.customer() != dealer) {
                    continue;
                }
                if (i.due.isBefore(end) && !i.step.issueDate().isAfter(end) && i.openOn(end).signum() > 0) {
                    return false;
                }
                if (i.step.issueDate().getYear() == year) {
                    sales = sales.add(i.step.amount().amount());
                    collected = collected.add(i.step.amount().amount().subtract(i.openOn(end)));
                }
            }
            return lists.get(dealer) != CreditListType.GREY && lists.get(dealer) != CreditListType.BLACK
                    && sales.compareTo(new BigDecimal("1000000")) > 0
                    && collected.compareTo(sales.multiply(new BigDecimal("0.8"))) >= 0;
        }

        void number(String kind, String number) {
            assertTrue(NUMBER.matcher(number).matches(), kind + " number " + number);
            assertTrue(numbers.computeIfAbsent(kind, k -> new HashSet<>()).add(number), "duplicate " + kind + " " + number);
        }

        static void money(Money m, boolean positive) {
            assertEquals(Money.DEFAULT_CURRENCY, m.currency());
            assertTrue(m.amount().scale() <= 2 && m.amount().signum() >= (positive ? 1 : 0), m.toString());
        }
    }

    private static final class Invoice {
        final InvoiceStep step;
        final LocalDate due;
        BigDecimal paid = BigDecimal.ZERO;
        final List<Object[]> applied = new ArrayList<>();

        Invoice(InvoiceStep step, LocalDate due) {
            this.step = step;
            this.due = due;
        }

        void apply(BigDecimal amount, LocalDate on) {
            paid = paid.add(amount);
            applied.add(new Object[] {on.isBefore(step.issueDate()) ? step.issueDate() : on, amount});
        }

        BigDecimal open() {
            return step.amount().amount().subtract(paid);
        }

        BigDecimal openOn(LocalDate day) {
            BigDecimal open = step.amount().amount();
            for (Object[] a : applied) {
                open = ((LocalDate) a[0]).isAfter(day) ? open : open.subtract((BigDecimal) a[1]);
            }
            return open;
        }
    }
}
