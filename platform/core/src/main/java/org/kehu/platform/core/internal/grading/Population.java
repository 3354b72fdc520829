package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.kehu.platform.api.ledger.PaymentMode;
import org.kehu.platform.api.spi.AttributeType;
import org.kehu.platform.api.spi.GradingFigures;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.rules.AttributeRules;
import org.kehu.platform.core.internal.rules.Periods;

/**
 * Reads the population for a grading run in id-ordered chunks, each with the
 * figures of the period computed by set queries over the chunk's id range, so
 * that a run never holds more than one chunk of customers. Only the figure
 * groups the policy reads are queried.
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
    static List<Object[]> chunk(EntityManager em, long last, String industry, Periods.Period period, LocalDate today,
            Set<GradingFigures> figures) {
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
        if (figures.contains(GradingFigures.SALES)) {
            sales(em, rows, last, hi, period);
        }
        if (figures.contains(GradingFigures.RECEIVABLES)) {
            receivables(em, rows, last, hi, today);
        }
        if (figures.contains(GradingFigures.CREDIT_RATING)) {
            ratings(em, rows, last, hi);
        }
        if (figures.contains(GradingFigures.ATTRIBUTES)) {
            attributes(em, rows, last, hi);
        }
        return new ArrayList<>(rows.values());
    }

    private static void sales(EntityManager em, Map<Long, Object[]> rows, long last, long hi, Periods.Period period) {
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
    }

    /**
     * Open and overdue receivables from the chunk's unsettled invoices. The only condition in SQL is the customer
     * range, so the database walks the customer index: a condition on the settlement lets it prefer the index of
     * open invoices and read every open invoice of the whole population for each chunk.
     */
    private static void receivables(EntityManager em, Map<Long, Object[]> rows, long last, long hi, LocalDate today) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        Map<Long, Date> oldest = new HashMap<>();
        Date now = Date.valueOf(today);
        for (Object[] r : range(em, "SELECT i.customerId, i.settledOn, i.dueDate, i.amount, i.paidAmount FROM InvoiceEntity i"
                + " WHERE i.customerId > :lo AND i.customerId <= :hi", last, hi).getResultList()) {
            if (r[1] != null) {
                continue;
            }
            // open amount, open paid, overdue amount, overdue paid
            BigDecimal[] s = sums.computeIfAbsent((Long) r[0],
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal amount = Amounts.nz((BigDecimal) r[3]);
            BigDecimal paid = Amounts.nz((BigDecimal) r[4]);
            s[0] = s[0].add(amount);
            s[1] = s[1].add(paid);
            Date due = (Date) r[2];
            if (due.before(now)) {
                s[2] = s[2].add(amount);
                s[3] = s[3].add(paid);
                oldest.merge((Long) r[0], due, (a, b) -> a.before(b) ? a : b);
            }
        }
        sums.forEach((id, s) -> {
            Object[] row = rows.get(id);
            if (row == null) {
                return;
            }
            row[7] = Amounts.max(BigDecimal.ZERO, s[0].subtract(s[1]));
            BigDecimal overdue = s[2].subtract(s[3]);
            if (overdue.signum() > 0) {
                row[8] = overdue;
                row[9] = (int) ChronoUnit.DAYS.between(oldest.get(id).toLocalDate(), today);
            }
        });
    }

    private static void ratings(EntityManager em, Map<Long, Object[]> rows, long last, long hi) {
        for (Object[] r : range(em, "SELECT a.customerId, a.rating FROM CreditAccountEntity a"
                + " WHERE a.customerId > :lo AND a.customerId <= :hi AND a.rating IS NOT NULL", last, hi).getResultList()) {
            Object[] row = rows.get((Long) r[0]);
            if (row != null) {
                row[10] = r[1].toString();
            }
        }
    }

    private static void attributes(EntityManager em, Map<Long, Object[]> rows, long last, long hi) {
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
    }

    private static TypedQuery<Object[]> range(EntityManager em, String jpql, long lo, long hi) {
        return em.createQuery(jpql, Object[].class).setParameter("lo", lo).setParameter("hi", hi);
    }

    @SuppressWarnings("unchecked")
    static void fill(Subject s, Object[] row, Set<GradingFigures> figures) {
        s.figures = figures;
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
