package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.LedgerTopics;
import org.kehu.platform.api.ledger.Order;
import org.kehu.platform.api.ledger.OrderStatus;
import org.kehu.platform.api.ledger.Shipment;
import org.kehu.platform.api.ledger.ShipmentDecision;
import org.kehu.platform.api.ledger.ShipmentRefusal;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.ledger.ShipmentService;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.ShipmentCheck;
import org.kehu.platform.api.spi.ShipmentContext;
import org.kehu.platform.core.internal.entity.ContractEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.OrderEntity;
import org.kehu.platform.core.internal.entity.ShipmentEntity;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.ShipmentChecks;
import org.kehu.platform.core.internal.rules.Violations;
import org.kehu.platform.core.internal.service.CustomerMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shipment gate: every core check and every plugin check for the customer's industry, all reasons kept. */
public class ShipmentServiceImpl implements ShipmentService {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentServiceImpl.class);

    /** How far ahead a shipment may be requested. */
    static final int MAX_DAYS_AHEAD = 366;
    /** The prefix of the numbers the gate gives shipments, e.g. {@code FH2026000042}. */
    private static final String PREFIX = "FH";

    private final Ledger ledger;
    private final CreditServiceImpl credit;
    private final WarningTracker warnings;
    private final ShipmentCheckRegistry plugins;
    private final List<ShipmentCheck> core;

    public ShipmentServiceImpl(Ledger ledger, CreditServiceImpl credit, WarningTracker warnings, ShipmentCheckRegistry plugins) {
        this.ledger = ledger;
        this.credit = credit;
        this.warnings = warnings;
        this.plugins = plugins;
        this.core = ShipmentChecks.core(() -> ledger.settings().quantityTolerance());
    }

    @Override
    public Shipment request(Actor actor, ShipmentRequest request) {
        Violations v = new Violations();
        if (request == null) {
            v.add("body", "is required").throwIfAny();
        }
        LocalDate today = ledger.today();
        String number = Ledger.number(v, "number", request.number(), false);
        BigDecimal quantity = Ledger.quantity(v, "quantity", request.quantity(), true);
        BigDecimal amount = ledger.amount(v, "amount", request.amount(), true, true);
        BigDecimal cost = ledger.amount(v, "cost", request.cost(), false, false);
        Ledger.dateInRange(v, "shipDate", request.shipDate());
        if (request.shipDate() != null && Ledger.inRange(request.shipDate())) {
            if (request.shipDate().isBefore(today.minusDays(1))) {
                v.add("shipDate", "must not be in the past");
            } else if (request.shipDate().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                v.add("shipDate", "must be at most " + MAX_DAYS_AHEAD + " days ahead");
            }
        }
        v.throwIfAny();
        ShipmentRequest r = ShipmentChecks.dated(request, today);
        return ledger.write((em, events) -> {
            CustomerEntity customer = Ledger.lockParty(em, r.customerId());
            if (number != null) {
                Ledger.requireNumberFree(em, ShipmentEntity.class, number, "Shipment", allowed());
            }
            OrderEntity order = null;
            if (r.orderId() != null) {
                order = em.find(OrderEntity.class, r.orderId());
                if (order == null) {
                    new Violations().add("orderId", "is not a known order").throwIfAny();
                }
                if (r.contractId() != null && order.getContractId() != null && !order.getContractId().equals(r.contractId())) {
                    new Violations().add("orderId", "belongs to contract " + order.getContractId() + ", not " + r.contractId())
                            .throwIfAny();
                }
            }
            Long contractId = r.contractId() != null ? r.contractId() : order == null ? null : order.getContractId();
            ContractEntity contract = null;
            if (contractId != null) {
                contract = em.find(ContractEntity.class, contractId);
                if (contract == null) {
                    new Violations().add("contractId", "is not a known contract").throwIfAny();
                }
            }
            CreditProfile profile = credit.profile(em, r.customerId());
            BigDecimal additional = BigDecimal.ZERO;
            if (!r.paidInAdvance()) {
                BigDecimal coveredByOrder = order == null || order.getStatus() == OrderStatus.CANCELLED
                        || order.getCustomerId() != r.customerId() ? BigDecimal.ZERO
                                : Amounts.max(BigDecimal.ZERO, order.getAmount().subtract(order.getShippedAmount()));
                additional = Amounts.max(BigDecimal.ZERO, amount.subtract(coveredByOrder));
            }
            Contract contractRecord = contract == null ? null : Records.contract(ledger, contract);
            Order orderRecord = order == null ? null : Records.order(ledger, order);
            ShipmentContext context = new ShipmentContext(r, CustomerMapper.toRecord(em, customer), contractRecord,
                    orderRecord, profile, ledger.money(additional),
                    contract == null ? BigDecimal.ZERO : contract.getShippedQuantity());
            List<ShipmentRefusal> refusals = new ArrayList<>();
            for (ShipmentCheck check : core) {
                refusals.addAll(check.check(context));
            }
            for (ShipmentCheck check : plugins.forIndustry(customer.getIndustry())) {
                String id = null;
                try {
                    id = check.id();
                    refusals.addAll(ShipmentChecks.fromPlugin(id, check.check(context)));
                } catch (RuntimeException e) {
                    String name = id == null || id.isBlank() ? ShipmentChecks.PLUGIN_CHECK : id;
                    LOG.warn("Shipment check {} failed; the shipment is refused", name, e);
                    refusals.add(new ShipmentRefusal("CHECK_FAILED", "Check " + name + " failed: " + e.getMessage()));
                }
            }
            ShipmentDecision decision = refusals.isEmpty() ? ShipmentDecision.ALLOWED : ShipmentDecision.REFUSED;
            ShipmentEntity s = new ShipmentEntity();
            s.setCustomerId(r.customerId());
            s.setContractId(contractId);
            s.setOrderId(r.orderId());
            s.setShipDate(r.shipDate());
            s.setQuantity(quantity);
            s.setAmount(amount);
            s.setCost(cost);
            s.setPaidInAdvance(r.paidInAdvance());
            s.setDecision(decision);
            s.setRefusals(Records.refusalText(refusals));
            s.setExposure(profile.exposure().amount());
            s.setCreditLimit(profile.effectiveLimit().amount());
            s.setCreatedAt(ledger.clock().instant());
            s.setCreatedBy(actor.user());
            s.setNumber(number(em, number, decision));
            em.persist(s);
            if (refusals.isEmpty()) {
                if (contract != null) {
                    contract.setShippedQuantity(contract.getShippedQuantity().add(quantity));
                }
                if (order != null) {
                    order.setShippedQuantity(order.getShippedQuantity().add(quantity));
                    order.setShippedAmount(order.getShippedAmount().add(amount));
                    order.setStatus(order.getShippedQuantity().compareTo(order.getQuantity()) >= 0 ? OrderStatus.SHIPPED
                            : OrderStatus.PARTIALLY_SHIPPED);
                }
            }
            em.flush();
            if (refusals.isEmpty()) {
                events.addAll(warnings.sync(em, r.customerId()));
            } else {
                events.add(new KehuEvent(LedgerTopics.SHIPMENT_REFUSED, Map.of("customerId", r.customerId(), "shipmentId",
                        s.getId(), "codes", refusals.stream().map(ShipmentRefusal::code).distinct().toList()),
                        ledger.clock().instant()));
            }
            return Records.shipment(ledger, s);
        });
    }

    /** Only allowed shipments hold their number: a refused request may be made again under the same one. */
    private static Ledger.Filter allowed() {
        return new Ledger.Filter().eq("decision", ShipmentDecision.ALLOWED);
    }

    /**
     * The shipment's number, drawn as late as possible since the company-wide counter row stays locked until the
     * transaction ends. A given number is checked again under that lock when the shipment is allowed, so that two
     * allowed shipments never share one; a new number is one no shipment carries, allowed or refused.
     */
    private String number(EntityManager em, String given, ShipmentDecision decision) {
        if (given == null) {
            return ledger.newNumber(em, ShipmentEntity.class, PREFIX);
        }
        if (decision == ShipmentDecision.ALLOWED) {
            Ledger.lock(em, Ledger.counter(PREFIX));
            Ledger.requireNumberFree(em, ShipmentEntity.class, given, "Shipment", allowed());
        }
        return given;
    }

    @Override
    public Shipment get(Actor actor, long id) {
        return ledger.read(em -> {
            ShipmentEntity e = em.find(ShipmentEntity.class, id);
            if (e == null) {
                throw new NotFoundException("No shipment with id " + id);
            }
            return Records.shipment(ledger, e);
        });
    }

    @Override
    public Page<Shipment> list(Actor actor, Long customerId, ShipmentDecision decision, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> Ledger.map(ledger.page(em, ShipmentEntity.class,
                new Ledger.Filter().eq("customerId", customerId).eq("decision", decision), "e.id DESC", page, pageSize),
                e -> Records.shipment(ledger, e)));
    }
}
