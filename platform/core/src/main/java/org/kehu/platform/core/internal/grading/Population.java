package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.spi.AttributeType;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.AttributeRules;
import org.kehu.platform.core.internal.rules.Periods;

/**
 * Reads the population for a grading run in id-ordered chunks, each with the
 * figures of the period computed by set queries over the chunk's id range, so
 * that a run never holds more than one chunk of customers.
 */
final class Population {

    private Population() {
    }

    /** The row of one customer: id, industry, region, owner, then the figures (see {@link #fill}). */
    private static final int ROW = 13;

    /**
     * The next chunk of customers after {@code last} in id order, with their figures: revenue, cost and the cash sold
     * in the period, open and overdue receivables now, the oldest due date overdue, the credit rating and attributes.
     */
    static List<Object[]> chunk(EntityManager em, long last, String industry, Periods.Period period, LocalDate today) {
        TypedQuery<Object[]> customers = em.createQuery("SELECT c.id, c.industry, c.region, c.owner FROM CustomerEntity c"
                + " WHERE c.id > :last AND c.deletedAt IS NULL" + (industry == null ? "" : " AND c.industry = :ind")
                + " ORDER BY c.id", Object[].class).setParameter("last", last).setMaxResults(GradingServiceImpl.CHUNK);
        if (industry != null) {
            customers.setParameter("ind", industry);
        }
        List<Object[]> found = customers.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        long hi = (Long) found.get(found.size() - 1)[0];
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        for (Object[] c : found) {
            Object[] row = Arrays.copyOf(c, ROW);
            row[4] = BigDecimal.ZERO; // revenue
            row[5] = BigDecimal.ZERO; // cost
            row[6] = BigDecimal.ZERO; // cash sold
            row[7] = BigDecimal.ZERO; // open
            row[8] = BigDecimal.ZERO; // overdue
            rows.put((Long) c[0], row);
        }
        for (Object[] r : range(em, "SELECT i.customerId, i.paymentMode, SUM(i.amount), SUM(i.discount), SUM(i.cost)"
                + " FROM InvoiceEntity i WHERE i.customerId > :lo AND i.customerId <= :hi"
                + " AND i.issueDate >= :from AND i.issueDate <= :to GROUP BY i.customerId, i.paymentMode", last, hi)
                .setParameter("from", Date.valueOf(period.from())).setParameter("to", Date.valueOf(period.to()))
                .getResultList()) {
            Object[] row = rows.get((Long) r[0]);
            if (row != null) {
                BigDecimal net = Amounts.nz((BigDecimal) r[2]).subtract(Amounts.nz((BigDecimal) r[3]));
                row[4] = ((BigDecimal) row[4]).add(net);
                row[5] = ((BigDecimal) row[5]).add(Amounts.nz((BigDecimal) r[4]));
                if (r[1] != PaymentMode.CREDIT) {
                    row[6] = ((BigDecimal) row[6]).add(net);
                }
            }
        }
        for (Object[] r : range(em, "SELECT i.customerId, SUM(i.amount), SUM(i.paidAmount) FROM InvoiceEntity i"
                + " WHERE i.customerId > :lo AND i.customerId <= :hi AND i.settledOn IS NULL GROUP BY i.customerId", last, hi)
                .getResultList()) {
            Object[] row = rows.get((Long) r[0]);
            if (row != null) {
                row[7] = Amounts.max(BigDecimal.ZERO, Amounts.nz((BigDecimal) r[1]).subtract(Amounts.nz((BigDecimal) r[2])));
            }
        }
        for (Object[] r : range(em, "SELECT i.customerId, SUM(i.amount), SUM(i.paidAmount), MIN(i.dueDate) FROM InvoiceEntity i"
                + " WHERE i.customerId > :lo AND i.customerId <= :hi AND i.settledOn IS NULL AND i.dueDate < :today"
                + " GROUP BY i.customerId", last, hi).setParameter("today", Date.valueOf(today)).getResultList()) {
            Object[] row = rows.get((Long) r[0]);
            if (row != null) {
                BigDecimal overdue = Amounts.nz((BigDecimal) r[1]).subtract(Amounts.nz((BigDecimal) r[2]));
                if (overdue.signum() > 0) {
                    row[8] = overdue;
                    row[9] = (int) ChronoUnit.DAYS.between(((Date) r[3]).toLocalDate(), today);
                }
            }
        }
        for (Object[] r : range(em, "SELECT a.customerId, a.rating FROM CreditAccountEntity a"
                + " WHERE a.customerId > :lo AND a.customerId <= :hi AND a.rating IS NOT NULL", last, hi).getResultList()) {
            Object[] row = rows.get((Long) r[0]);
            if (row != null) {
                row[10] = r[1].toString();
            }
        }
        for (Object[] r : range(em, "SELECT a.customer.id, a.name, a.type, a.value FROM CustomerAttributeEntity a"
                + " WHERE a.customer.id > :lo AND a.customer.id <= :hi", last, hi).getResultList()) {
            Object[] row = rows.get((Long) r[0]);
            if (row != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> attributes = row[11] == null ? new TreeMap<>() : (Map<String, Object>) row[11];
                attributes.put((String) r[1], AttributeRules.read((AttributeType) r[2], (String) r[3]));
                row[11] = attributes;
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static TypedQuery<Object[]> range(EntityManager em, String jpql, long lo, long hi) {
        return em.createQuery(jpql, Object[].class).setParameter("lo", lo).setParameter("hi", hi);
    }

    @SuppressWarnings("unchecked")
    static void fill(Subject s, Object[] row) {
        s.customerId = (Long) row[0];
        s.industry = (String) row[1];
        s.region = (String) row[2];
        s.owner = (String) row[3];
        BigDecimal revenue = Amounts.scale((BigDecimal) row[4]);
        BigDecimal cost = Amounts.scale((BigDecimal) row[5]);
        s.revenue = revenue;
        s.grossProfit = revenue.subtract(cost);
        s.grossMargin = Amounts.ratio(s.grossProfit, revenue);
        s.cashOnDeliveryShare = Amounts.ratio((BigDecimal) row[6], revenue);
        s.openReceivables = Amounts.scale((BigDecimal) row[7]);
        s.overdueReceivables = Amounts.scale((BigDecimal) row[8]);
        s.oldestOverdueDays = (Integer) row[9];
        s.creditRating = (String) row[10];
        s.attributes = row[11] == null ? Map.of() : (Map<String, Object>) row[11];
    }
}
