package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.ledger.Rebate;
import org.kehu.platform.api.ledger.RebateExclusion;
import org.kehu.platform.api.ledger.RebateRun;
import org.kehu.platform.api.ledger.RebateService;
import org.kehu.platform.api.ledger.RebateStatus;
import org.kehu.platform.core.internal.entity.AllocationEntity;
import org.kehu.platform.core.internal.entity.CreditAccountEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.InvoiceEntity;
import org.kehu.platform.core.internal.entity.RebateEntity;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.Periods;
import org.kehu.platform.core.internal.rules.RebateTiers;
import org.kehu.platform.core.internal.rules.Violations;

/**
 * Dealer rebates. A dealer is a customer holding the {@link PartyRole#DEALER}
 * role; the base conditions are settings: not on an excluded list, nothing
 * overdue at the end of the period, and at least the minimum share of the
 * period's invoices collected by then.
 */
public class RebateServiceImpl implements RebateService {

    private final Ledger ledger;
    private final WarningTracker warnings;

    public RebateServiceImpl(Ledger ledger, WarningTracker warnings) {
        this.ledger = ledger;
        this.warnings = warnings;
    }

    private static Periods.Period period(String text) {
        Periods.Period p = Periods.parse(text);
        if (p == null) {
            new Violations().add("period", "must be a year (2026), a quarter (2026-Q3) or a month (2026-07)").throwIfAny();
        }
        return p;
    }

    @Override
    public RebateRun calculate(Actor actor, String periodText) {
        LocalDate today = ledger.today();
        Periods.Period period = period(periodText);
        if (!period.to().isBefore(today)) {
            new Violations().add("period", "must have ended").throwIfAny();
        }
        LocalDate end = period.to();
        LedgerSettings.Values s = ledger.settings();
        return ledger.write((em, events) -> {
            Ledger.lock(em, Ledger.REBATE_LOCK);
            List<String> overlapping = Periods.overlapping(period,
                    em.createQuery("SELECT DISTINCT r.period FROM RebateEntity r", String.class).getResultList());
            if (!overlapping.isEmpty()) {
                throw new ConflictException("Rebates of " + String.join(", ", overlapping) + " cover part of " + period.label()
                        + ": a period is calculated under one label only");
            }
            List<CustomerEntity> dealers = em.createQuery("SELECT DISTINCT r.customer FROM PartyRoleEntity r WHERE r.role = :dealer",
                    CustomerEntity.class).setParameter("dealer", PartyRole.DEALER).getResultList().stream()
                    .filter(c -> c.getDeletedAt() == null).sorted(java.util.Comparator.comparing(CustomerEntity::getId)).toList();
            // a new run replaces the rebates not settled yet
            em.createQuery("DELETE FROM RebateEntity r WHERE r.period = :p AND r.status = :calculated")
                    .setParameter("p", period.label()).setParameter("calculated", RebateStatus.CALCULATED).executeUpdate();
            Map<Long, RebateEntity> settled = new HashMap<>();
            for (RebateEntity r : em.createQuery("SELECT r FROM RebateEntity r WHERE r.period = :p AND r.status <> :calculated",
                    RebateEntity.class).setParameter("p", period.label()).setParameter("calculated", RebateStatus.CALCULATED)
                    .getResultList()) {
                settled.put(r.getCustomerId(), r);
            }
            Date from = Date.valueOf(period.from());
            Date to = Date.valueOf(period.to());
            Date endDay = Date.valueOf(end);
            List<Rebate> rebates = new ArrayList<>();
            List<RebateExclusion> excluded = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (CustomerEntity dealer : dealers) {
                long id = dealer.getId();
                if (settled.containsKey(id)) {
                    excluded.add(new RebateExclusion(id, dealer.getNumber(), "The rebate of " + period.label() + " is already settled"));
                    continue;
                }
                CreditAccountEntity account = em.find(CreditAccountEntity.class, id);
                if (account != null && account.getList() != null && s.rebateExcludedLists().contains(account.getList())) {
                    excluded.add(new RebateExclusion(id, dealer.getNumber(), "On the " + account.getList() + " list"));
                    continue;
                }
                Object[] sums = em.createQuery("SELECT SUM(i.amount), SUM(i.discount) FROM InvoiceEntity i WHERE i.customerId = :c"
                        + " AND i.issueDate >= :from AND i.issueDate <= :to", Object[].class).setParameter("c", id)
                        .setParameter("from", from).setParameter("to", to).getSingleResult();
                BigDecimal sales = Amounts.nz((BigDecimal) sums[0]).subtract(Amounts.nz((BigDecimal) sums[1]));
                if (sales.signum() == 0) {
                    excluded.add(new RebateExclusion(id, dealer.getNumber(), "No sales in " + period.label()));
                    continue;
                }
                if (s.rebateRequireNoOverdue()) {
                    Long overdue = em.createQuery("SELECT COUNT(i) FROM InvoiceEntity i WHERE i.customerId = :c"
                            + " AND i.dueDate < :end AND i.issueDate <= :end AND (i.settledOn IS NULL OR i.settledOn > :end)",
                            Long.class).setParameter("c", id).setParameter("end", endDay).getSingleResult();
                    if (overdue > 0) {
                        excluded.add(new RebateExclusion(id, dealer.getNumber(), overdue + " invoices overdue on " + end));
                        continue;
                    }
                }
                BigDecimal collected = Amounts.nz(em.createQuery("SELECT SUM(a.amount) FROM AllocationEntity a, InvoiceEntity i"
                        + " WHERE a.invoiceId = i.id AND i.customerId = :c AND i.issueDate >= :from AND i.issueDate <= :to"
                        + " AND a.appliedOn <= :end AND a.paymentId IS NOT NULL", BigDecimal.class).setParameter("c", id)
                        .setParameter("from", from).setParameter("to", to).setParameter("end", endDay).getSingleResult());
                BigDecimal rate = Amounts.ratio(collected, sales);
                if (rate.compareTo(s.rebateMinimumCollectionRate()) < 0) {
                    excluded.add(new RebateExclusion(id, dealer.getNumber(), "Collected " + rate.movePointRight(2).stripTrailingZeros()
                            .toPlainString() + "% of the period's sales, below the "
                            + s.rebateMinimumCollectionRate().movePointRight(2).stripTrailingZeros().toPlainString() + "% required"));
                    continue;
                }
                RebateTiers.Result result = s.rebateTiers().compute(sales);
                if (result.amount().signum() == 0) {
                    excluded.add(new RebateExclusion(id, dealer.getNumber(), "Sales of " + Amounts.scale(sales).toPlainString()
                            + " are not above the first tier"));
                    continue;
                }
                RebateEntity r = new RebateEntity();
                r.setCustomerId(id);
                r.setPeriod(period.label());
                r.setSales(sales);
                r.setAmount(result.amount());
                r.setCalculation(result.calculation());
                r.setStatus(RebateStatus.CALCULATED);
                r.setCalculatedAt(ledger.clock().instant());
                r.setCalculatedBy(actor.user());
                em.persist(r);
                em.flush();
                rebates.add(Records.rebate(ledger, r));
                total = total.add(result.amount());
            }
            return new RebateRun(period.label(), dealers.size(), ledger.money(total), rebates, excluded);
        });
    }

    @Override
    public Page<Rebate> list(Actor actor, String period, Long customerId, int page, int size) {
        int pageSize = ledger.pageSize(page, size);
        Periods.Period p = period == null ? null : period(period);
        return ledger.read(em -> Ledger.map(ledger.page(em, RebateEntity.class, new Ledger.Filter()
                .eq("period", p == null ? null : p.label()).eq("customerId", customerId), "e.id DESC", page, pageSize),
                r -> Records.rebate(ledger, r)));
    }

    @Override
    public Rebate settle(Actor actor, long rebateId, long invoiceId) {
        return ledger.write((em, events) -> {
            Ledger.lock(em, Ledger.REBATE_LOCK);
            RebateEntity r = em.find(RebateEntity.class, rebateId);
            if (r == null) {
                throw new NotFoundException("No rebate with id " + rebateId);
            }
            Ledger.lockCustomer(em, r.getCustomerId());
            em.refresh(r);
            if (r.getStatus() != RebateStatus.CALCULATED) {
                throw new ConflictException("The rebate is already " + r.getStatus());
            }
            InvoiceEntity inv = em.find(InvoiceEntity.class, invoiceId);
            if (inv == null) {
                new Violations().add("invoiceId", "is not a known invoice").throwIfAny();
            }
            if (inv.getCustomerId() != r.getCustomerId()) {
                new Violations().add("invoiceId", "is not an invoice of the dealer").throwIfAny();
            }
            BigDecimal open = ReceivableServiceImpl.open(inv);
            if (open.compareTo(r.getAmount()) < 0) {
                throw new ConflictException("Invoice " + inv.getNumber() + " has " + Amounts.scale(open).toPlainString()
                        + " open, less than the rebate of " + r.getAmount().toPlainString());
            }
            LocalDate today = ledger.today();
            AllocationEntity a = new AllocationEntity();
            a.setInvoiceId(inv.getId());
            a.setRebateId(r.getId());
            a.setAmount(r.getAmount());
            a.setAppliedOn(today);
            em.persist(a);
            inv.setDiscount(inv.getDiscount().add(r.getAmount()));
            ReceivableServiceImpl.settleIfPaid(em, inv, today);
            r.setStatus(RebateStatus.SETTLED);
            r.setSettledInvoiceId(inv.getId());
            em.flush();
            events.addAll(warnings.sync(em, r.getCustomerId()));
            return Records.rebate(ledger, r);
        });
    }
}
