package org.kehu.platform.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.ledger.ContractBreach;
import org.kehu.platform.api.ledger.ContractDraft;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.ContractStatusChange;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditUpdate;
import org.kehu.platform.api.ledger.ListDecision;
import org.kehu.platform.api.ledger.OrderDraft;
import org.kehu.platform.api.ledger.OrderStatus;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.ledger.TemporaryCreditDraft;
import org.kehu.platform.core.internal.entity.ContractEntity;
import org.kehu.platform.core.internal.entity.CreditAccountEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.OrderEntity;
import org.kehu.platform.core.internal.entity.RebateEntity;
import org.kehu.platform.core.internal.entity.SequenceEntity;
import org.kehu.platform.core.internal.service.CoreSettings;
import org.kehu.platform.core.internal.service.Store;
import org.kehu.platform.core.internal.workflow.WorkflowEngine;
import org.mockito.InOrder;

/** The ledger services' input checks and the rules they apply before writing, with the persistence mocked out. */
class LedgerServicesTest {

    private static final Actor ADMIN = new Actor("admin", Set.of("admin"), null);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String RANGE = "must be between 1900-01-01 and 9999-12-31";
    private static final LocalDate TOO_EARLY = LocalDate.of(1899, 12, 31);
    private static final LocalDate TOO_LATE = LocalDate.of(10000, 1, 1);
    private static final long CUSTOMER = 7L;

    private EntityManager em;
    private Ledger ledger;
    private CustomerEntity customer;
    private ContractServiceImpl contracts;
    private CreditServiceImpl credit;
    private ShipmentServiceImpl shipments;
    private RebateServiceImpl rebates;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        em = mock(EntityManager.class, RETURNS_DEEP_STUBS);
        JpaTemplate jpa = mock(JpaTemplate.class);
        when(jpa.txExpr(any(), any())).thenAnswer(call -> ((EmFunction<Object>) call.getArgument(1)).apply(em));
        ledger = new Ledger(new Store(jpa), new LedgerSettings(), new CoreSettings("KH", "cement", 50, 500, false),
                mock(EventBus.class), mock(TransactionManager.class), Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneOffset.UTC));
        WarningTracker warnings = mock(WarningTracker.class);
        contracts = new ContractServiceImpl(ledger, warnings, mock(WorkflowEngine.class));
        credit = new CreditServiceImpl(ledger, warnings);
        shipments = new ShipmentServiceImpl(ledger, credit, warnings, new ShipmentCheckRegistry());
        rebates = new RebateServiceImpl(ledger, warnings);
        customer = new CustomerEntity();
        when(em.find(CustomerEntity.class, CUSTOMER, LockModeType.PESSIMISTIC_WRITE)).thenReturn(customer);
    }

    private static List<FieldError> errors(Runnable call) {
        return assertThrows(ValidationException.class, call::run).getErrors();
    }

    private static Money cny(String amount) {
        return Money.cny(amount);
    }

    private ContractDraft contract(LocalDate start, LocalDate end) {
        return new ContractDraft(CUSTOMER, null, "水泥供货合同", cny("100000.00"), null, null, start, end, 30, PaymentMode.CREDIT,
                ContractStatus.DRAFT);
    }

    private ShipmentRequest shipment(Long contractId, Long orderId, LocalDate shipDate) {
        return new ShipmentRequest(CUSTOMER, contractId, orderId, null, shipDate, BigDecimal.TEN, cny("1000.00"), null, false);
    }

    private CreditAccountEntity account(CreditListType list) {
        CreditAccountEntity a = new CreditAccountEntity();
        a.setCustomerId(CUSTOMER);
        a.setAnnualLimit(BigDecimal.ZERO);
        a.setPaymentTermDays(30);
        a.setList(list);
        when(em.find(CreditAccountEntity.class, CUSTOMER)).thenReturn(a);
        return a;
    }

    // every date input lies between 1900-01-01 and 9999-12-31

    @Test
    void contractDatesInRange() {
        assertEquals(List.of(new FieldError("startDate", RANGE), new FieldError("endDate", RANGE)),
                errors(() -> contracts.createContract(ADMIN, contract(TOO_EARLY, TOO_LATE))));
        assertEquals(List.of(new FieldError("date", RANGE)),
                errors(() -> contracts.recordBreach(ADMIN, 1L, new ContractBreach(TOO_EARLY, "转售"))));
        assertEquals(List.of(new FieldError("orderDate", RANGE)), errors(() -> contracts.createOrder(ADMIN,
                new OrderDraft(CUSTOMER, null, null, TOO_EARLY, BigDecimal.ONE, cny("100.00")))));
        verify(em, never()).persist(any());
    }

    @Test
    void creditDatesInRange() {
        assertEquals(List.of(new FieldError("validFrom", RANGE), new FieldError("validTo", RANGE)), errors(() -> credit.update(ADMIN,
                CUSTOMER, new CreditUpdate(null, cny("1000.00"), TOO_EARLY, TOO_LATE, null, "年度授信", 0L))));
        assertEquals(List.of(new FieldError("validFrom", RANGE), new FieldError("expiresOn", RANGE)),
                errors(() -> credit.grantTemporary(ADMIN, CUSTOMER,
                        new TemporaryCreditDraft(cny("1000.00"), TOO_LATE, LocalDate.MAX, "旺季"))));
        assertEquals(List.of(new FieldError("since", RANGE)), errors(() -> credit.putOnList(ADMIN,
                new ListDecision(CUSTOMER, CreditListType.GREY, "逾期", TOO_EARLY))));
        verify(em, never()).persist(any());
    }

    @Test
    void shipDateInRangeAndAtMostAYearAhead() {
        assertEquals(List.of(new FieldError("shipDate", RANGE)), errors(() -> shipments.request(ADMIN, shipment(null, null, TOO_LATE))));
        assertEquals(List.of(new FieldError("shipDate", "must be at most 366 days ahead")),
                errors(() -> shipments.request(ADMIN, shipment(null, null, TODAY.plusDays(367)))));
        assertEquals(List.of(new FieldError("shipDate", "must not be in the past")),
                errors(() -> shipments.request(ADMIN, shipment(null, null, TODAY.minusDays(2)))));
        verify(em, never()).persist(any());
    }

    // shipments

    @Test
    void anOrderOfAnotherContractIsAFieldError() {
        OrderEntity order = new OrderEntity();
        order.setCustomerId(CUSTOMER);
        order.setContractId(12L);
        when(em.find(OrderEntity.class, 21L)).thenReturn(order);
        assertEquals(List.of(new FieldError("orderId", "belongs to contract 12, not 11")),
                errors(() -> shipments.request(ADMIN, shipment(11L, 21L, null))));
        verify(em, never()).persist(any());
    }

    // contracts and orders

    @Test
    void aBlackListedCustomerGetsNoOrder() {
        account(CreditListType.BLACK);
        ConflictException e = assertThrows(ConflictException.class, () -> contracts.createOrder(ADMIN,
                new OrderDraft(CUSTOMER, null, null, null, BigDecimal.ONE, cny("100.00"))));
        assertEquals("Customer 7 is on the black list: no new order", e.getMessage());
        verify(em, never()).persist(any());
    }

    @Test
    void aContractIsReadAgainOnceItsCustomerIsLocked() {
        ContractEntity contract = new ContractEntity();
        contract.setCustomerId(CUSTOMER);
        contract.setStatus(ContractStatus.ACTIVE);
        when(em.find(ContractEntity.class, 11L)).thenReturn(contract);
        // meanwhile someone else terminated it
        doAnswer(call -> {
            contract.setStatus(ContractStatus.TERMINATED);
            return null;
        }).when(em).refresh(contract);
        ConflictException e = assertThrows(ConflictException.class, () -> contracts.changeStatus(ADMIN, 11L,
                new ContractStatusChange(ContractStatus.COMPLETED, "履行完毕", 0L)));
        assertTrue(e.getMessage().startsWith("A TERMINATED contract cannot become COMPLETED"), e.getMessage());
        InOrder order = inOrder(em);
        order.verify(em).find(CustomerEntity.class, CUSTOMER, LockModeType.PESSIMISTIC_WRITE);
        order.verify(em).refresh(contract);
    }

    @Test
    void aBreachIsRecordedOnTheContractAsItIsOnceLocked() {
        ContractEntity contract = new ContractEntity();
        contract.setCustomerId(CUSTOMER);
        contract.setStatus(ContractStatus.ACTIVE);
        when(em.find(ContractEntity.class, 11L)).thenReturn(contract);
        doAnswer(call -> {
            contract.setStatus(ContractStatus.CANCELLED);
            return null;
        }).when(em).refresh(contract);
        assertThrows(ConflictException.class, () -> contracts.recordBreach(ADMIN, 11L, new ContractBreach(TODAY, "转售")));
        InOrder order = inOrder(em);
        order.verify(em).find(CustomerEntity.class, CUSTOMER, LockModeType.PESSIMISTIC_WRITE);
        order.verify(em).refresh(contract);
    }

    @Test
    void anOrderIsReadAgainOnceItsCustomerIsLocked() {
        OrderEntity o = new OrderEntity();
        o.setCustomerId(CUSTOMER);
        o.setStatus(OrderStatus.OPEN);
        when(em.find(OrderEntity.class, 21L)).thenReturn(o);
        doAnswer(call -> {
            o.setStatus(OrderStatus.SHIPPED);
            return null;
        }).when(em).refresh(o);
        ConflictException e = assertThrows(ConflictException.class, () -> contracts.cancelOrder(ADMIN, 21L));
        assertEquals("A SHIPPED order cannot be cancelled", e.getMessage());
        InOrder order = inOrder(em);
        order.verify(em).find(CustomerEntity.class, CUSTOMER, LockModeType.PESSIMISTIC_WRITE);
        order.verify(em).refresh(o);
    }

    // credit

    @Test
    void aLimitStartingNextYearCannotReplaceTodaysCredit() {
        CreditAccountEntity a = account(null);
        a.setAnnualLimit(new BigDecimal("500000.00"));
        a.setValidFrom(LocalDate.of(2026, 1, 1));
        a.setValidTo(LocalDate.of(2026, 12, 31));
        ConflictException e = assertThrows(ConflictException.class, () -> credit.update(ADMIN, CUSTOMER, new CreditUpdate(null,
                cny("600000.00"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, "下年度授信", 0L)));
        assertTrue(e.getMessage().contains("the current limit runs until 2026-12-31; record the next one once it applies"),
                e.getMessage());
        assertEquals(new BigDecimal("500000.00"), a.getAnnualLimit());
        assertEquals(LocalDate.of(2026, 1, 1), a.getValidFrom());
        verify(em, never()).persist(any());
    }

    // rebates

    @Test
    void aRebatePeriodMustHaveEnded() {
        assertEquals(List.of(new FieldError("period", "must have ended")), errors(() -> rebates.calculate(ADMIN, "2026")));
        assertEquals(List.of(new FieldError("period", "must have ended")), errors(() -> rebates.calculate(ADMIN, "2026-06")));
        assertEquals(List.of(new FieldError("period", "must have ended")), errors(() -> rebates.calculate(ADMIN, "2027-Q1")));
        verify(em, never()).find(any(), any(), any(LockModeType.class));
    }

    @Test
    void aRebatePeriodOverlappingOneWithRebatesUnderAnotherLabelIsAConflict() {
        when(em.find(SequenceEntity.class, Ledger.REBATE_LOCK, LockModeType.PESSIMISTIC_WRITE))
                .thenReturn(new SequenceEntity(Ledger.REBATE_LOCK, 1));
        when(em.createQuery("SELECT DISTINCT r.period FROM RebateEntity r", String.class).getResultList())
                .thenReturn(List.of("2025", "2026-05"));
        ConflictException e = assertThrows(ConflictException.class, () -> rebates.calculate(ADMIN, "2025-q4"));
        assertEquals("Rebates of 2025 cover part of 2025-Q4: a period is calculated under one label only", e.getMessage());
        verify(em).find(SequenceEntity.class, Ledger.REBATE_LOCK, LockModeType.PESSIMISTIC_WRITE);
        verify(em, never()).persist(any());
    }

    @Test
    void aSettlementTakesTheRebateLockFirst() {
        when(em.find(RebateEntity.class, 5L)).thenReturn(null);
        assertThrows(NotFoundException.class, () -> rebates.settle(ADMIN, 5L, 9L));
        InOrder order = inOrder(em);
        order.verify(em).find(SequenceEntity.class, Ledger.REBATE_LOCK, LockModeType.PESSIMISTIC_WRITE);
        order.verify(em).find(RebateEntity.class, 5L);
    }
}
