package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


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
    public Shipment request(Actor actor, ShipmentRequest r) {
        Violations v = new Violations();
        if (r == null) {
            v.add("body", "is required").throwIfAny();
        }
        String number = Ledger.number(v, "number", r.number(), false);
        BigDecimal quantity = Ledger.quantity(v, "quantity", r.quantity(), true);
        BigDecimal amount = ledger.amount(v, "amount", r.amount(), true, true);
        BigDecimal cost = ledger.amount(v, "cost", r.cost(), false, false);
        if (r.shipDate() != null && r.shipDate().isBefore(ledger.today().minusDays(1))) {
            v.add("shipDate", "must not be in the past");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            CustomerEntity customer = Ledger.lockParty(em, r.customerId());
            OrderEntity order = null;
            if (r.orderId() != null) {
                order = em.find(OrderEntity.class, r.orderId());
                if (order == null) {
                    new Violations().add("orderId", "is not a known order").throwIfAny();
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
            String n = ledger.number(em, ShipmentEntity.class, number, "FH", "Shipment");
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
                try {
                    List<ShipmentRefusal> found = check.check(context);
                    if (found != null) {
                        refusals.addAll(found);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Shipment check {} failed; the shipment is refused", check.id(), e);
                    refusals.add(new ShipmentRefusal("CHECK_FAILED", "Check " + check.id() + " failed: " + e.getMessage()));
                }
            }
            ShipmentEntity s = new ShipmentEntity();
            s.setNumber(n);
            s.setCustomerId(r.customerId());
            s.setContractId(contractId);
            s.setOrderId(r.orderId());
            s.setShipDate(r.shipDate() == null ? ledger.today() : r.shipDate());
            s.setQuantity(quantity);
            s.setAmount(amount);
            s.setCost(cost);
            s.setPaidInAdvance(r.paidInAdvance());
            s.setDecision(refusals.isEmpty() ? ShipmentDecision.ALLOWED : ShipmentDecision.REFUSED);
            s.setRefusals(Records.refusalText(refusals));
            s.setExposure(profile.exposure().amount());
            s.setCreditLimit(profile.effectiveLimit().amount());
            s.setCreatedAt(ledger.clock().instant());
            s.setCreatedBy(actor.user());
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
