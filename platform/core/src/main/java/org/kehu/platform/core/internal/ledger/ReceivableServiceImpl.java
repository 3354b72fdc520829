package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.AgingReport;
import org.kehu.platform.api.ledger.AgingRow;
import org.kehu.platform.api.ledger.AllocationDraft;
import org.kehu.platform.api.ledger.CustomerFigures;
import org.kehu.platform.api.ledger.FourFlowMismatch;
import org.kehu.platform.api.ledger.Invoice;
import org.kehu.platform.api.ledger.InvoiceDraft;
import org.kehu.platform.api.ledger.LedgerFlow;
import org.kehu.platform.api.ledger.LedgerTopics;
import org.kehu.platform.api.ledger.Payment;
import org.kehu.platform.api.ledger.PaymentAllocation;
import org.kehu.platform.api.ledger.PaymentDraft;
import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.ledger.ReceivableService;
import org.kehu.platform.api.ledger.ShipmentDecision;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.core.internal.entity.AllocationEntity;
import org.kehu.platform.core.internal.entity.ContractEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.InvoiceEntity;
import org.kehu.platform.core.internal.entity.PaymentEntity;
import org.kehu.platform.core.internal.entity.ShipmentEntity;
import org.kehu.platform.core.internal.rules.Aging;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.Violations;

public class ReceivableServiceImpl implements ReceivableService {

    private final Ledger ledger;
    private final WarningTracker warnings;

    public ReceivableServiceImpl(Ledger ledger, WarningTracker warnings) {
        this.ledger = ledger;
        this.warnings = warnings;
    }

    @Override
    public Invoice recordInvoice(Actor actor, InvoiceDraft d) {
        Violations v = new Violations();
        if (d == null) {
            v.add("body", "is required").throwIfAny();
        }
        String number = Ledger.number(v, "number", d.number(), true);
        BigDecimal amount = ledger.amount(v, "amount", d.amount(), true, true);
        BigDecimal cost = ledger.amount(v, "cost", d.cost(), false, false);
        LocalDate today = ledger.today();
        LocalDate issued = d.issueDate() == null ? today : d.issueDate();
        if (issued.isAfter(today)) {
            v.add("issueDate", "must not be in the future");
        }
        if (d.dueDate() != null && d.dueDate().isBefore(issued)) {
            v.add("dueDate", "must not be before issueDate");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            Ledger.lockParty(em, d.customerId());
            Violations refs = new Violations();
            ContractEntity contract = null;
            if (d.contractId() != null && (contract = em.find(ContractEntity.class, d.contractId())) == null) {
                refs.add("contractId", "is not a known contract");
            }
            ShipmentEntity shipment = null;
            if (d.shipmentId() != null) {
                shipment = em.find(ShipmentEntity.class, d.shipmentId());
                if (shipment == null) {
                    refs.add("shipmentId", "is not a known shipment");
                } else if (shipment.getDecision() != ShipmentDecision.ALLOWED) {
                    refs.add("shipmentId", "was refused by the shipment gate");
                } else if (shipment.getCustomerId() != d.customerId()) {
                    refs.add("shipmentId", "is a shipment to another customer");
                } else if (shipment.getContractId() != null && d.contractId() != null
                        && !shipment.getContractId().equals(d.contractId())) {
                    refs.add("contractId", "differs from the shipment's contract " + shipment.getContractId());
                } else if (contract == null && shipment.getContractId() != null) {
                    contract = em.find(ContractEntity.class, shipment.getContractId());
                }
            }
            BigDecimal billedCost = cost;
            if (billedCost == null) {
                if (shipment != null && shipment.getCost() != null && shipment.getAmount().signum() > 0) {
                    // the cost of the goods billed, in proportion to the shipment's
                    billedCost = shipment.getCost().multiply(amount).divide(shipment.getAmount(), 2, java.math.RoundingMode.HALF_UP);
                } else if (d.cost() == null) {
                    refs.add("cost", "is required (the cost of the goods sold), unless the invoice names a shipment with its cost");
                }
            }
            refs.throwIfAny();
            InvoiceEntity e = new InvoiceEntity();
            e.setNumber(ledger.number(em, InvoiceEntity.class, number, null, "Invoice"));
            e.setCustomerId(d.customerId());
            e.setContractId(contract == null ? null : contract.getId());
            e.setShipmentId(d.shipmentId());
            e.setIssueDate(issued);
            int term = contract != null ? contract.getPaymentTermDays() : ledger.paymentTerm(em, d.customerId());
            e.setDueDate(d.dueDate() != null ? d.dueDate() : issued.plusDays(term));
            e.setAmount(amount);
            e.setCost(billedCost);
            e.setPaidAmount(BigDecimal.ZERO.setScale(2));
            e.setDiscount(BigDecimal.ZERO.setScale(2));
            e.setPaymentMode(shipment != null && shipment.isPaidInAdvance() ? PaymentMode.PREPAID
                    : contract == null ? PaymentMode.CREDIT : contract.getPaymentMode());
            e.setCreatedAt(ledger.clock().instant());
            e.setCreatedBy(actor.user());
            em.persist(e);
            em.flush();
            applyOnAccount(em, e);
            em.flush();
            events.addAll(warnings.sync(em, d.customerId()));
            return Records.invoice(ledger, e);
        });
    }

    @Override
    public Invoice getInvoice(Actor actor, long id) {
        return ledger.read(em -> Records.invoice(ledger, findInvoice(em, id)));
    }

    static InvoiceEntity findInvoice(EntityManager em, long id) {
        InvoiceEntity e = em.find(InvoiceEntity.class, id);
        if (e == null) {
            throw new NotFoundException("No invoice with id " + id);
        }
        return e;
    }

    @Override
    public Page<Invoice> listInvoices(Actor actor, Long customerId, boolean openOnly, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> Ledger.map(ledger.page(em, InvoiceEntity.class, new Ledger.Filter().eq("customerId", customerId)
                .when(openOnly, "e.settledOn IS NULL"), "e.issueDate DESC, e.id DESC", page, pageSize),
                e -> Records.invoice(ledger, e)));
    }

    @Override
    public Payment recordPayment(Actor actor, PaymentDraft d) {
        Violations v = new Violations();
        if (d == null) {
            v.add("body", "is required").throwIfAny();
        }
        String number = Ledger.number(v, "number", d.number(), true);
        BigDecimal amount = ledger.amount(v, "amount", d.amount(), true, true);
        LocalDate today = ledger.today();
        LocalDate received = d.receivedDate() == null ? today : d.receivedDate();
        if (received.isAfter(today)) {
            v.add("receivedDate", "must not be in the future");
        }
        List<AllocationDraft> given = d.allocations() == null ? List.of() : d.allocations();
        BigDecimal allocated = BigDecimal.ZERO;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            AllocationDraft a = given.get(i);
            String f = "allocations[" + i + "]";
            if (a == null) {
                v.add(f, "is required");
                continue;
            }
            if (!seen.add(a.invoiceId())) {
                v.add(f + ".invoiceId", "names the same invoice twice");
            }
            BigDecimal part = ledger.amount(v, f + ".amount", a.amount(), true, true);
            if (part != null) {
                allocated = allocated.add(part);
            }
        }
        if (amount != null && allocated.compareTo(amount) > 0) {
            v.add("allocations", "add up to more than the payment amount");
        }
        v.throwIfAny();
        return ledger.write((em, events) -> {
            Set<Long> parties = new TreeSet<>();
            parties.add(d.customerId());
            Map<Long, InvoiceEntity> invoices = new LinkedHashMap<>();
            Violations refs = new Violations();
            for (int i = 0; i < given.size(); i++) {
                InvoiceEntity inv = em.find(InvoiceEntity.class, given.get(i).invoiceId());
                if (inv == null) {
                    refs.add("allocations[" + i + "].invoiceId", "is not a known invoice");
                } else {
                    invoices.put(inv.getId(), inv);
                    parties.add(inv.getCustomerId());
                }
            }
            refs.throwIfAny();
            for (Long party : parties) {
                if (party == d.customerId()) {
                    Ledger.lockParty(em, party);
                } else {
                    Ledger.lockCustomer(em, party);
                }
            }
            PaymentEntity p = new PaymentEntity();
            p.setNumber(ledger.number(em, PaymentEntity.class, number, null, "Payment"));
            p.setCustomerId(d.customerId());
            p.setReceivedDate(received);
            p.setAmount(amount);
            p.setUnapplied(amount);
            p.setCreatedAt(ledger.clock().instant());
            p.setCreatedBy(actor.user());
            em.persist(p);
            em.flush();
            List<PaymentAllocation> applied = new ArrayList<>();
            BigDecimal left = amount;
            if (d.allocations() != null) {
                for (int i = 0; i < given.size(); i++) {
                    InvoiceEntity inv = invoices.get(given.get(i).invoiceId());
                    em.refresh(inv);
                    BigDecimal part = given.get(i).amount().amount().setScale(2);
                    BigDecimal open = open(inv);
                    if (part.compareTo(open) > 0) {
                        new Violations().add("allocations[" + i + "].amount", "is more than the " + open.toPlainString()
                                + " still open on invoice " + inv.getNumber()).throwIfAny();
                    }
                    applied.add(apply(em, p, inv, part, received));
                    left = left.subtract(part);
                }
            } else {
                List<InvoiceEntity> open = em.createQuery("SELECT i FROM InvoiceEntity i WHERE i.customerId = :c"
                        + " AND i.settledOn IS NULL ORDER BY i.dueDate, i.id", InvoiceEntity.class)
                        .setParameter("c", d.customerId()).getResultList();
                for (InvoiceEntity inv : open) {
                    if (left.signum() == 0) {
                        break;
                    }
                    BigDecimal part = Amounts.min(left, open(inv));
                    if (part.signum() > 0) {
                        applied.add(apply(em, p, inv, part, received));
                        left = left.subtract(part);
                    }
                }
            }
            p.setUnapplied(left);
            em.flush();
            for (Long party : parties) {
                events.addAll(warnings.sync(em, party));
            }
            events.add(new KehuEvent(LedgerTopics.PAYMENT_RECORDED, Map.of("customerId", d.customerId(), "paymentId", p.getId(),
                    "amount", amount), ledger.clock().instant()));
            return Records.payment(ledger, p, applied);
        });
    }

    /**
     * Applies what the invoice's party paid on account (payments not yet applied),
     * oldest first, to a new invoice; never dated before the invoice was issued.
     */
    private void applyOnAccount(EntityManager em, InvoiceEntity inv) {
        // money backing shipments paid in advance and not yet invoiced stays for their invoices
        BigDecimal free = LedgerQueries.position(em, inv.getCustomerId(), ledger.today()).prepayments();
        if (free.signum() <= 0) {
            return;
        }
        List<PaymentEntity> onAccount = em.createQuery("SELECT p FROM PaymentEntity p WHERE p.customerId = :c"
                + " AND p.unapplied > 0 ORDER BY p.receivedDate, p.id", PaymentEntity.class)
                .setParameter("c", inv.getCustomerId()).getResultList();
        for (PaymentEntity p : onAccount) {
            BigDecimal part = Amounts.min(Amounts.min(open(inv), p.getUnapplied()), free);
            if (part.signum() <= 0) {
                break;
            }
            LocalDate on = p.getReceivedDate().isBefore(inv.getIssueDate()) ? inv.getIssueDate() : p.getReceivedDate();
            apply(em, p, inv, part, on);
            p.setUnapplied(p.getUnapplied().subtract(part));
            free = free.subtract(part);
        }
    }

    static BigDecimal open(InvoiceEntity inv) {
        return inv.getAmount().subtract(inv.getPaidAmount()).subtract(inv.getDiscount());
    }

    private PaymentAllocation apply(EntityManager em, PaymentEntity p, InvoiceEntity inv, BigDecimal part, LocalDate on) {
        AllocationEntity a = new AllocationEntity();
        a.setInvoiceId(inv.getId());
        a.setPaymentId(p.getId());
        a.setAmount(part);
        a.setAppliedOn(on);
        em.persist(a);
        inv.setPaidAmount(inv.getPaidAmount().add(part));
        settleIfPaid(em, inv, on);
        return new PaymentAllocation(inv.getId(), inv.getNumber(), ledger.money(part));
    }

    /**
     * Marks an invoice settled once nothing is open, on the latest date anything was applied to it (a payment
     * posted late may carry an earlier date), never before the issue date.
     */
    static void settleIfPaid(EntityManager em, InvoiceEntity inv, LocalDate on) {
        if (open(inv).signum() <= 0) {
            java.sql.Date latest = em.createQuery("SELECT MAX(a.appliedOn) FROM AllocationEntity a WHERE a.invoiceId = :i",
                    java.sql.Date.class).setParameter("i", inv.getId()).getSingleResult();
            LocalDate last = latest == null || latest.toLocalDate().isBefore(on) ? on : latest.toLocalDate();
            inv.setSettledOn(last.isBefore(inv.getIssueDate()) ? inv.getIssueDate() : last);
        }
    }

    @Override
    public Payment getPayment(Actor actor, long id) {
        return ledger.read(em -> {
            PaymentEntity p = em.find(PaymentEntity.class, id);
            if (p == null) {
                throw new NotFoundException("No payment with id " + id);
            }
            return Records.payment(ledger, p, allocations(em, List.of(id)).getOrDefault(id, List.of()));
        });
    }

    private Map<Long, List<PaymentAllocation>> allocations(EntityManager em, List<Long> paymentIds) {
        Map<Long, List<PaymentAllocation>> out = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("SELECT a.paymentId, a.invoiceId, i.number, a.amount FROM AllocationEntity a,"
                + " InvoiceEntity i WHERE a.invoiceId = i.id AND a.paymentId IN :ids ORDER BY a.id", Object[].class)
                .setParameter("ids", paymentIds).getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new PaymentAllocation((Long) r[1], (String) r[2], ledger.money((BigDecimal) r[3])));
        }
        return out;
    }

    @Override
    public Page<Payment> listPayments(Actor actor, Long customerId, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        return ledger.read(em -> {
            Page<PaymentEntity> rows = ledger.page(em, PaymentEntity.class, new Ledger.Filter().eq("customerId", customerId),
                    "e.receivedDate DESC, e.id DESC", page, pageSize);
            Map<Long, List<PaymentAllocation>> alloc = allocations(em, rows.items().stream().map(PaymentEntity::getId).toList());
            return Ledger.map(rows, p -> Records.payment(ledger, p, alloc.getOrDefault(p.getId(), List.of())));
        });
    }

    @Override
    public CustomerFigures figures(Actor actor, long customerId, int year) {
        LocalDate today = ledger.today();
        if (year < 1900 || year > today.getYear()) {
            new Violations().add("year", "must be between 1900 and " + today.getYear()).throwIfAny();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate asOf = to.isAfter(today) ? today : to;
        return ledger.read(em -> {
            Ledger.customer(em, customerId);
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            BigDecimal cash = BigDecimal.ZERO;
            for (Object[] r : em.createQuery("SELECT i.amount, i.discount, i.cost, i.paymentMode FROM InvoiceEntity i"
                    + " WHERE i.customerId = :c AND i.issueDate >= :from AND i.issueDate <= :to", Object[].class)
                    .setParameter("c", customerId).setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to))
                    .getResultList()) {
                BigDecimal net = ((BigDecimal) r[0]).subtract((BigDecimal) r[1]);
                revenue = revenue.add(net);
                cost = cost.add((BigDecimal) r[2]);
                if (r[3] != PaymentMode.CREDIT) {
                    cash = cash.add(net);
                }
            }
            Aging.Tally tally = receivables(em, customerId, asOf).getOrDefault(customerId, ledger.settings().aging().tally());
            BigDecimal profit = revenue.subtract(cost);
            return new CustomerFigures(customerId, year, asOf, ledger.money(revenue), ledger.money(cost), ledger.money(profit),
                    Amounts.ratio(profit, revenue), Amounts.ratio(cash, revenue), ledger.money(tally.open()),
                    ledger.money(tally.overdue()), tally.oldestOverdueDays(), tally.buckets(ledger.currency()));
        });
    }

    /**
     * Open receivables per customer as of a date: invoices issued by then and not
     * settled by then, less what was applied to them by then.
     */
    private Map<Long, Aging.Tally> receivables(EntityManager em, Long customerId, LocalDate asOf) {
        Aging aging = ledger.settings().aging();
        Date day = Date.valueOf(asOf);
        String filter = customerId == null ? "" : " AND i.customerId = :c";
        TypedQuery<Object[]> invoices = em.createQuery("SELECT i.id, i.customerId, i.amount, i.dueDate FROM InvoiceEntity i"
                + " WHERE i.issueDate <= :d AND (i.settledOn IS NULL OR i.settledOn > :d)" + filter, Object[].class);
        TypedQuery<Object[]> applied = em.createQuery("SELECT a.invoiceId, SUM(a.amount) FROM AllocationEntity a, InvoiceEntity i"
                + " WHERE a.invoiceId = i.id AND a.appliedOn <= :d AND i.issueDate <= :d"
                + " AND (i.settledOn IS NULL OR i.settledOn > :d)" + filter + " GROUP BY a.invoiceId", Object[].class);
        for (TypedQuery<?> q : List.of(invoices, applied)) {
            q.setParameter("d", day);
            if (customerId != null) {
                q.setParameter("c", customerId);
            }
        }
        Map<Long, BigDecimal> paid = new HashMap<>();
        applied.getResultList().forEach(r -> paid.put((Long) r[0], (BigDecimal) r[1]));
        Map<Long, Aging.Tally> out = new HashMap<>();
        for (Object[] r : invoices.getResultList()) {
            BigDecimal open = ((BigDecimal) r[2]).subtract(paid.getOrDefault((Long) r[0], BigDecimal.ZERO));
            if (open.signum() > 0) {
                out.computeIfAbsent((Long) r[1], k -> aging.tally()).add(open, ((Date) r[3]).toLocalDate(), asOf);
            }
        }
        return out;
    }

    @Override
    public AgingReport aging(Actor actor, LocalDate asOf, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        LocalDate day = asOf == null ? ledger.today() : asOf;
        if (day.isAfter(ledger.today())) {
            new Violations().add("asOf", "must not be in the future").throwIfAny();
        }
        return ledger.read(em -> {
            Map<Long, Aging.Tally> all = receivables(em, null, day);
            Aging.Tally total = ledger.settings().aging().tally();
            all.values().forEach(total::add);
            List<Map.Entry<Long, Aging.Tally>> sorted = new ArrayList<>(all.entrySet());
            sorted.sort(Comparator.<Map.Entry<Long, Aging.Tally>, BigDecimal>comparing(e -> e.getValue().overdue()).reversed()
                    .thenComparing(e -> e.getValue().open(), Comparator.reverseOrder()).thenComparing(Map.Entry::getKey));
            int from = Math.min(sorted.size(), page * pageSize);
            var slice = sorted.subList(from, Math.min(sorted.size(), from + pageSize));
            Map<Long, CustomerEntity> customers = CreditServiceImpl.customers(em, slice.stream().map(Map.Entry::getKey).toList());
            List<AgingRow> rows = slice.stream().map(e -> {
                CustomerEntity c = customers.get(e.getKey());
                Aging.Tally t = e.getValue();
                return new AgingRow(e.getKey(), c == null ? null : c.getNumber(), c == null ? null : c.getName(),
                        ledger.money(t.open()), ledger.money(t.overdue()), t.oldestOverdueDays(), t.buckets(ledger.currency()));
            }).toList();
            return new AgingReport(day, ledger.money(total.open()), ledger.money(total.overdue()),
                    total.buckets(ledger.currency()), new Page<>(rows, page, pageSize, sorted.size()));
        });
    }

    @Override
    public Page<FourFlowMismatch> mismatches(Actor actor, Long customerId, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        String party = customerId == null ? "" : " AND (x.customerId = :c OR k.customerId = :c)";
        return ledger.read(em -> {
            List<FourFlowMismatch> all = new ArrayList<>();
            collect(em, all, LedgerFlow.ORDER, "SELECT k.id, k.number, k.customerId, x.id, x.number, x.customerId"
                    + " FROM OrderEntity x, ContractEntity k WHERE x.contractId = k.id AND x.customerId <> k.customerId" + party,
                    customerId);
            collect(em, all, LedgerFlow.SHIPMENT, "SELECT k.id, k.number, k.customerId, x.id, x.number, x.customerId"
                    + " FROM ShipmentEntity x, ContractEntity k WHERE x.contractId = k.id AND x.customerId <> k.customerId"
                    + " AND x.decision = :allowed" + party, customerId);
            collect(em, all, LedgerFlow.INVOICE, "SELECT k.id, k.number, k.customerId, x.id, x.number, x.customerId"
                    + " FROM InvoiceEntity x, ContractEntity k WHERE x.contractId = k.id AND x.customerId <> k.customerId" + party,
                    customerId);
            collect(em, all, LedgerFlow.PAYMENT, "SELECT DISTINCT k.id, k.number, k.customerId, x.id, x.number, x.customerId"
                    + " FROM AllocationEntity a, PaymentEntity x, InvoiceEntity i, ContractEntity k WHERE a.paymentId = x.id"
                    + " AND a.invoiceId = i.id AND i.contractId = k.id AND x.customerId <> k.customerId" + party, customerId);
            all.sort(Comparator.comparing(FourFlowMismatch::contractId).thenComparing(FourFlowMismatch::flow)
                    .thenComparing(FourFlowMismatch::recordId));
            int from = Math.min(all.size(), page * pageSize);
            return new Page<>(all.subList(from, Math.min(all.size(), from + pageSize)), page, pageSize, all.size());
        });
    }

    private static void collect(EntityManager em, List<FourFlowMismatch> out, LedgerFlow flow, String jpql, Long customerId) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        if (customerId != null) {
            q.setParameter("c", customerId);
        }
        if (jpql.contains(":allowed")) {
            q.setParameter("allowed", ShipmentDecision.ALLOWED);
        }
        for (Object[] r : q.getResultList()) {
            String contract = (String) r[1];
            long contractParty = (Long) r[2];
            String record = (String) r[4];
            long recordParty = (Long) r[5];
            out.add(new FourFlowMismatch((Long) r[0], contract, contractParty, flow, (Long) r[3], record, recordParty,
                    flow.name().charAt(0) + flow.name().substring(1).toLowerCase() + " " + record + " names customer "
                            + recordParty + " but contract " + contract + " was signed with customer " + contractParty));
        }
    }
}
