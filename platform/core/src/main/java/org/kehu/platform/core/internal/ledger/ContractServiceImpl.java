package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.ContractBreach;
import org.kehu.platform.api.ledger.ContractDraft;
import org.kehu.platform.api.ledger.ContractService;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.ContractStatusChange;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.Order;
import org.kehu.platform.api.ledger.OrderDraft;
import org.kehu.platform.api.ledger.OrderStatus;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.core.internal.entity.ContractEntity;
import org.kehu.platform.core.internal.entity.CreditAccountEntity;
import org.kehu.platform.core.internal.entity.OrderEntity;
import org.kehu.platform.core.internal.rules.ApprovalLevels;
import org.kehu.platform.core.internal.rules.ListRules;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;
import org.kehu.platform.core.internal.workflow.ContractApprovalWorkflow;
import org.kehu.platform.core.internal.workflow.WorkflowEngine;

public class ContractServiceImpl implements ContractService {

    /** The transitions a contract may take. */
    static final Map<ContractStatus, Set<ContractStatus>> TRANSITIONS = Map.of(
            ContractStatus.DRAFT, EnumSet.of(ContractStatus.ACTIVE, ContractStatus.CANCELLED),
            ContractStatus.ACTIVE, EnumSet.of(ContractStatus.COMPLETED, ContractStatus.TERMINATED),
            ContractStatus.COMPLETED, EnumSet.noneOf(ContractStatus.class),
            ContractStatus.TERMINATED, EnumSet.noneOf(ContractStatus.class),
            ContractStatus.CANCELLED, EnumSet.noneOf(ContractStatus.class));

    private final Ledger ledger;
    private final WarningTracker warnings;
    private final WorkflowEngine workflows;

    public ContractServiceImpl(Ledger ledger, WarningTracker warnings, WorkflowEngine workflows) {
        this.ledger = ledger;
        this.warnings = warnings;
        this.workflows = workflows;
    }

    @Override
    public Contract createContract(Actor actor, ContractDraft d) {
        Violations v = new Violations();
        if (d == null) {
            v.add("body", "is required").throwIfAny();
        }
        String number = Ledger.number(v, "number", d.number(), false);
        String title = Texts.clean(d.title());
        v.requireText("title", title, 200);
        BigDecimal amount = ledger.amount(v, "amount", d.amount(), true, true);
        BigDecimal quantity = Ledger.quantity(v, "quantity", d.quantity(), false);
        v.maxLength("unit", d.unit(), 16);
        if (quantity != null && Texts.clean(d.unit()) == null) {
            v.add("unit", "is required with a quantity");
        }
        v.require("startDate", d.startDate());
        v.require("endDate", d.endDate());
        Ledger.dateInRange(v, "startDate", d.startDate());
        Ledger.dateInRange(v, "endDate", d.endDate());
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            v.add("endDate", "must not be before startDate");
        }
        if (d.paymentTermDays() != null && (d.paymentTermDays() < 0 || d.paymentTermDays() > 365)) {
            v.add("paymentTermDays", "must be between 0 and 365");
        }
        if (d.status() != null && d.status() != ContractStatus.DRAFT) {
            v.add("status", "must be DRAFT for a new contract: it becomes ACTIVE once approved (workflow "
                    + ContractApprovalWorkflow.ID + ")");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            Ledger.lockParty(em, d.customerId());
            CreditAccountEntity account = ledger.account(em, d.customerId(), false);
            CreditListType list = account == null ? null : account.getList();
            if (!ListRules.allowsContract(list)) {
                throw new ConflictException("Customer " + d.customerId() + " is on the black list: no new contract");
            }
            String n = ledger.number(em, ContractEntity.class, number, "HT", "Contract");
            ContractEntity e = new ContractEntity();
            e.setNumber(n);
            e.setCustomerId(d.customerId());
            e.setTitle(title);
            e.setAmount(amount);
            e.setQuantity(quantity);
            e.setUnit(Texts.clean(d.unit()));
            e.setStartDate(d.startDate());
            e.setEndDate(d.endDate());
            e.setPaymentMode(d.paymentMode() == null ? PaymentMode.CREDIT : d.paymentMode());
            e.setPaymentTermDays(d.paymentTermDays() != null ? d.paymentTermDays()
                    : e.getPaymentMode() == PaymentMode.CREDIT ? ledger.paymentTerm(em, d.customerId()) : 0);
            e.setStatus(ContractStatus.DRAFT);
            LedgerSettings.Values s = ledger.settings();
            e.setApprovalLevel(ApprovalLevels.of(amount, s.officeMeetingAbove(), s.groupAbove()));
            e.setShippedQuantity(BigDecimal.ZERO.setScale(3));
            e.setCreatedAt(ledger.clock().instant());
            e.setCreatedBy(actor.user());
            em.persist(e);
            em.flush();
            workflows.start(em, events, actor, ContractApprovalWorkflow.ID, new WorkflowSubject("contract", e.getId(),
                    e.getCustomerId(), amount, Map.of("number", n, "title", title,
                            "approvalLevel", e.getApprovalLevel().name())), null);
            return Records.contract(ledger, e);
        });
    }

    @Override
    public Contract getContract(Actor actor, long id) {
        return ledger.read(em -> Records.contract(ledger, find(em, id)));
    }

    static ContractEntity find(EntityManager em, long id) {
        ContractEntity e = em.find(ContractEntity.class, id);
        if (e == null) {
            throw new NotFoundException("No contract with id " + id);
        }
        return e;
    }

    @Override
    public Page<Contract> listContracts(Actor actor, Long customerId, ContractStatus status, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> Ledger.map(ledger.page(em, ContractEntity.class,
                new Ledger.Filter().eq("customerId", customerId).eq("status", status), "e.id DESC", page, pageSize),
                e -> Records.contract(ledger, e)));
    }

    @Override
    public Contract changeStatus(Actor actor, long id, ContractStatusChange change) {
        Violations v = new Violations();
        if (change == null) {
            v.add("body", "is required").throwIfAny();
        }
        v.require("status", change.status());
        v.require("version", change.version());
        v.maxLength("reason", change.reason(), 500);
        v.throwIfAny();
        return ledger.write((em, events) -> {
            ContractEntity e = find(em, id);
            Ledger.lockCustomer(em, e.getCustomerId());
            em.refresh(e);
            if (e.getVersion() != change.version()) {
                throw new ConflictException("The contract was changed since version " + change.version() + " (now "
                        + e.getVersion() + "); reload it and try again");
            }
            if (!TRANSITIONS.get(e.getStatus()).contains(change.status())) {
                throw new ConflictException("A " + e.getStatus() + " contract cannot become " + change.status()
                        + "; allowed: " + TRANSITIONS.get(e.getStatus()));
            }
            if (change.status() == ContractStatus.ACTIVE) {
                if (!WorkflowEngine.reached(em, ContractApprovalWorkflow.ID, "contract", e.getId(),
                        List.of(ContractApprovalWorkflow.APPROVED))) {
                    throw new ConflictException("Contract " + e.getNumber() + " is not approved: it becomes ACTIVE"
                            + " only after its approval (workflow " + ContractApprovalWorkflow.ID + ", level "
                            + e.getApprovalLevel() + ")");
                }
                CreditAccountEntity account = ledger.account(em, e.getCustomerId(), false);
                if (!ListRules.allowsContract(account == null ? null : account.getList())) {
                    throw new ConflictException("Customer " + e.getCustomerId() + " is on the black list: no new contract");
                }
            }
            e.setStatus(change.status());
            em.flush();
            if (change.status() == ContractStatus.CANCELLED) {
                workflows.end(em, events, ContractApprovalWorkflow.ID, "contract", e.getId(),
                        ContractApprovalWorkflow.CANCELLED, actor, Texts.clean(change.reason()));
            }
            return Records.contract(ledger, e);
        });
    }

    @Override
    public Contract recordBreach(Actor actor, long id, ContractBreach breach) {
        Violations v = new Violations();
        if (breach == null) {
            v.add("body", "is required").throwIfAny();
        }
        v.requireText("reason", Texts.clean(breach.reason()), 500);
        Ledger.dateInRange(v, "date", breach.date());
        if (breach.date() != null && breach.date().isAfter(ledger.today())) {
            v.add("date", "must not be in the future");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            ContractEntity e = find(em, id);
            Ledger.lockCustomer(em, e.getCustomerId());
            em.refresh(e);
            if (e.getStatus() == ContractStatus.DRAFT || e.getStatus() == ContractStatus.CANCELLED) {
                throw new ConflictException("A " + e.getStatus() + " contract cannot be breached");
            }
            e.setBreachDate(breach.date() == null ? ledger.today() : breach.date());
            e.setBreachReason(Texts.clean(breach.reason()));
            em.flush();
            events.addAll(warnings.sync(em, e.getCustomerId()));
            return Records.contract(ledger, e);
        });
    }

    @Override
    public Order createOrder(Actor actor, OrderDraft d) {
        Violations v = new Violations();
        if (d == null) {
            v.add("body", "is required").throwIfAny();
        }
        String number = Ledger.number(v, "number", d.number(), false);
        BigDecimal quantity = Ledger.quantity(v, "quantity", d.quantity(), true);
        BigDecimal amount = ledger.amount(v, "amount", d.amount(), true, true);
        Ledger.dateInRange(v, "orderDate", d.orderDate());
        if (d.orderDate() != null && d.orderDate().isAfter(ledger.today())) {
            v.add("orderDate", "must not be in the future");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            Ledger.lockParty(em, d.customerId());
            CreditAccountEntity account = ledger.account(em, d.customerId(), false);
            if (!ListRules.allowsOrder(account == null ? null : account.getList())) {
                throw new ConflictException("Customer " + d.customerId() + " is on the black list: no new order");
            }
            if (d.contractId() != null) {
                ContractEntity c = em.find(ContractEntity.class, d.contractId());
                if (c == null) {
                    new Violations().add("contractId", "is not a known contract").throwIfAny();
                } else if (c.getStatus() != ContractStatus.ACTIVE) {
                    throw new ConflictException("Contract " + c.getNumber() + " is " + c.getStatus() + ", not active");
                }
            }
            String n = ledger.number(em, OrderEntity.class, number, "DD", "Order");
            OrderEntity e = new OrderEntity();
            e.setNumber(n);
            e.setCustomerId(d.customerId());
            e.setContractId(d.contractId());
            e.setOrderDate(d.orderDate() == null ? ledger.today() : d.orderDate());
            e.setQuantity(quantity);
            e.setAmount(amount);
            e.setShippedQuantity(BigDecimal.ZERO.setScale(3));
            e.setShippedAmount(BigDecimal.ZERO.setScale(2));
            e.setStatus(OrderStatus.OPEN);
            e.setCreatedAt(ledger.clock().instant());
            e.setCreatedBy(actor.user());
            em.persist(e);
            em.flush();
            events.addAll(warnings.sync(em, d.customerId()));
            return Records.order(ledger, e);
        });
    }

    @Override
    public Order getOrder(Actor actor, long id) {
        return ledger.read(em -> Records.order(ledger, findOrder(em, id)));
    }

    static OrderEntity findOrder(EntityManager em, long id) {
        OrderEntity e = em.find(OrderEntity.class, id);
        if (e == null) {
            throw new NotFoundException("No order with id " + id);
        }
        return e;
    }

    @Override
    public Page<Order> listOrders(Actor actor, Long customerId, Long contractId, OrderStatus status, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> Ledger.map(ledger.page(em, OrderEntity.class, new Ledger.Filter().eq("customerId", customerId)
                .eq("contractId", contractId).eq("status", status), "e.id DESC", page, pageSize), e -> Records.order(ledger, e)));
    }

    @Override
    public Order cancelOrder(Actor actor, long id) {
        return ledger.write((em, events) -> {
            OrderEntity e = findOrder(em, id);
            Ledger.lockCustomer(em, e.getCustomerId());
            em.refresh(e);
            if (e.getStatus() == OrderStatus.SHIPPED || e.getStatus() == OrderStatus.CANCELLED) {
                throw new ConflictException("A " + e.getStatus() + " order cannot be cancelled");
            }
            e.setStatus(OrderStatus.CANCELLED);
            em.flush();
            events.addAll(warnings.sync(em, e.getCustomerId()));
            return Records.order(ledger, e);
        });
    }
}
