package org.kehu.platform.core.internal.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.OrderStatus;
import org.kehu.platform.api.ledger.ShipmentDecision;
import org.kehu.platform.core.internal.entity.CreditAccountEntity;
import org.kehu.platform.core.internal.entity.TemporaryCreditEntity;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.CreditPosition;
import org.kehu.platform.core.internal.rules.Uninvoiced;

/**
 * Computes credit positions from the ledger with a handful of set queries, for
 * one customer or for every customer with any credit business. Nothing is
 * cached: every answer is derived from the records. Shipments paid in advance
 * draw on the money paid on account until an invoice naming the shipment
 * takes that money.
 */
public final class LedgerQueries {

    private LedgerQueries() {
    }

    /** Positions as of {@code today}; one customer when {@code customerId} is given, else all with credit business. */
    public static Map<Long, CreditPosition> positions(EntityManager em, Long customerId, LocalDate today) {
        Map<Long, Builder> all = new HashMap<>();
        Function<Long, Builder> at = id -> all.computeIfAbsent(id, Builder::new);
        Date day = Date.valueOf(today);

        for (CreditAccountEntity a : filtered(em, "SELECT a FROM CreditAccountEntity a", "a", customerId,
                CreditAccountEntity.class).getResultList()) {
            Builder b = at.apply(a.getCustomerId());
            b.list = a.getList();
            boolean valid = (a.getValidFrom() == null || !a.getValidFrom().isAfter(today))
                    && (a.getValidTo() == null || !a.getValidTo().isBefore(today));
            b.annualLimit = valid ? a.getAnnualLimit() : BigDecimal.ZERO;
        }
        TypedQuery<TemporaryCreditEntity> temps = filtered(em,
                "SELECT t FROM TemporaryCreditEntity t WHERE t.validFrom <= :today AND t.expiresOn >= :today", "t", customerId,
                TemporaryCreditEntity.class);
        for (TemporaryCreditEntity t : temps.setParameter("today", day).getResultList()) {
            Builder b = at.apply(t.getCustomerId());
            b.temporary = b.temporary.add(t.getAmount());
            if (b.firstExpiry == null || t.getExpiresOn().isBefore(b.firstExpiry)) {
                b.firstExpiry = t.getExpiresOn();
                b.expiring = t.getAmount();
            } else if (t.getExpiresOn().equals(b.firstExpiry)) {
                b.expiring = b.expiring.add(t.getAmount());
            }
        }
        for (Object[] r : filtered(em, "SELECT i.customerId, i.amount, i.paidAmount, i.discount, i.dueDate"
                + " FROM InvoiceEntity i WHERE i.settledOn IS NULL", "i", customerId, Object[].class).getResultList()) {
            Builder b = at.apply((Long) r[0]);
            BigDecimal open = ((BigDecimal) r[1]).subtract((BigDecimal) r[2]).subtract((BigDecimal) r[3]);
            b.openInvoices = b.openInvoices.add(open);
            LocalDate due = ((Date) r[4]).toLocalDate();
            if (due.isBefore(today) && open.signum() > 0) {
                b.overdue = b.overdue.add(open);
                b.oldest = Math.max(b.oldest, ChronoUnit.DAYS.between(due, today));
            }
        }
        Map<List<Long>, Uninvoiced> byContract = new HashMap<>();
        TypedQuery<Object[]> shipped = filtered(em, "SELECT s.customerId, s.contractId, s.id, s.shipDate, s.amount"
                + " FROM ShipmentEntity s WHERE s.decision = :allowed AND s.paidInAdvance = false AND s.contractId IS NOT NULL",
                "s", customerId, Object[].class);
        for (Object[] r : shipped.setParameter("allowed", ShipmentDecision.ALLOWED).getResultList()) {
            byContract.computeIfAbsent(List.of((Long) r[0], (Long) r[1]), k -> new Uninvoiced())
                    .shipped((Long) r[2], ((Date) r[3]).toLocalDate(), (BigDecimal) r[4]);
        }
        if (!byContract.isEmpty()) {
            for (Object[] r : filtered(em, "SELECT i.customerId, i.contractId, i.issueDate, i.amount, i.shipmentId"
                    + " FROM InvoiceEntity i WHERE i.contractId IS NOT NULL", "i", customerId, Object[].class).getResultList()) {
                Uninvoiced u = byContract.get(List.of((Long) r[0], (Long) r[1]));
                if (u != null) {
                    u.invoiced(((Date) r[2]).toLocalDate(), (BigDecimal) r[3], (Long) r[4]);
                }
            }
        }
        byContract.forEach((key, u) -> {
            BigDecimal gap = u.amount();
            if (gap.signum() > 0) {
                Builder b = at.apply(key.get(0));
                b.uninvoiced = b.uninvoiced.add(gap);
            }
        });
        TypedQuery<Object[]> orders = filtered(em, "SELECT o.customerId, o.amount, o.shippedAmount FROM OrderEntity o"
                + " WHERE o.status IN :open", "o", customerId, Object[].class);
        for (Object[] r : orders.setParameter("open", List.of(OrderStatus.OPEN, OrderStatus.PARTIALLY_SHIPPED))
                .getResultList()) {
            BigDecimal unshipped = ((BigDecimal) r[1]).subtract((BigDecimal) r[2]);
            if (unshipped.signum() > 0) {
                Builder b = at.apply((Long) r[0]);
                b.unshipped = b.unshipped.add(unshipped);
            }
        }
        for (Object[] r : filtered(em, "SELECT p.customerId, SUM(p.unapplied) FROM PaymentEntity p WHERE p.unapplied > 0",
                "p", customerId, Object[].class, " GROUP BY p.customerId").getResultList()) {
            at.apply((Long) r[0]).prepayments = (BigDecimal) r[1];
        }
        Map<Long, BigDecimal> invoicedShipments = new HashMap<>();
        List<Object[]> prepaid = filtered(em, "SELECT s.customerId, s.id, s.amount FROM ShipmentEntity s"
                + " WHERE s.decision = :allowed AND s.paidInAdvance = true", "s", customerId, Object[].class)
                .setParameter("allowed", ShipmentDecision.ALLOWED).getResultList();
        if (!prepaid.isEmpty()) {
            filtered(em, "SELECT i.shipmentId, SUM(i.amount) FROM InvoiceEntity i WHERE i.shipmentId IS NOT NULL", "i",
                    customerId, Object[].class, " GROUP BY i.shipmentId").getResultList()
                    .forEach(r -> invoicedShipments.put((Long) r[0], (BigDecimal) r[1]));
        }
        for (Object[] r : prepaid) {
            BigDecimal notInvoiced = ((BigDecimal) r[2]).subtract(invoicedShipments.getOrDefault((Long) r[1], BigDecimal.ZERO));
            if (notInvoiced.signum() > 0) {
                Builder b = at.apply((Long) r[0]);
                b.prepaidShipped = b.prepaidShipped.add(notInvoiced);
            }
        }
        for (Object[] r : filtered(em, "SELECT c.customerId, MAX(c.breachDate) FROM ContractEntity c"
                + " WHERE c.breachDate IS NOT NULL", "c", customerId, Object[].class, " GROUP BY c.customerId")
                .getResultList()) {
            at.apply((Long) r[0]).lastBreach = ((Date) r[1]).toLocalDate();
        }
        Map<Long, CreditPosition> out = new HashMap<>();
        all.forEach((id, b) -> out.put(id, b.build()));
        if (customerId != null) {
            out.putIfAbsent(customerId, CreditPosition.empty(customerId));
        }
        return out;
    }

    public static CreditPosition position(EntityManager em, long customerId, LocalDate today) {
        return positions(em, customerId, today).get(customerId);
    }

    private static <T> TypedQuery<T> filtered(EntityManager em, String jpql, String alias, Long customerId, Class<T> type) {
        return filtered(em, jpql, alias, customerId, type, "");
    }

    private static <T> TypedQuery<T> filtered(EntityManager em, String jpql, String alias, Long customerId, Class<T> type,
            String tail) {
        String where = customerId == null ? ""
                : (jpql.contains(" WHERE ") ? " AND " : " WHERE ") + alias + ".customerId = :customerId";
        TypedQuery<T> q = em.createQuery(jpql + where + tail, type);
        if (customerId != null) {
            q.setParameter("customerId", customerId);
        }
        return q;
    }

    private static final class Builder {
        final long customerId;
        BigDecimal annualLimit = BigDecimal.ZERO;
        BigDecimal temporary = BigDecimal.ZERO;
        CreditListType list;
        BigDecimal openInvoices = BigDecimal.ZERO;
        BigDecimal uninvoiced = BigDecimal.ZERO;
        BigDecimal unshipped = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        long oldest;
        BigDecimal expiring = BigDecimal.ZERO;
        LocalDate firstExpiry;
        LocalDate lastBreach;
        BigDecimal prepayments = BigDecimal.ZERO;
        BigDecimal prepaidShipped = BigDecimal.ZERO;

        Builder(long customerId) {
            this.customerId = customerId;
        }

        CreditPosition build() {
            return new CreditPosition(customerId, Amounts.nz(annualLimit), temporary, list, openInvoices, uninvoiced, unshipped,
                    overdue, oldest == 0 ? null : (int) oldest, expiring, firstExpiry, lastBreach,
                    Amounts.max(BigDecimal.ZERO, prepayments.subtract(prepaidShipped)));
        }
    }
}
