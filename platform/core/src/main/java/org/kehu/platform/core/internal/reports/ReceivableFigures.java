package org.kehu.platform.core.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.kehu.platform.core.internal.rules.Amounts;

/**
 * The receivables figures of a period per customer, from invoice rows and the
 * amounts applied to each invoice by the period's end, computed without a
 * database:
 * <ul>
 * <li><b>sales</b>: invoices issued within the period, net of discounts;</li>
 * <li><b>open</b> at the period's end ({@code asOf}): each invoice issued by then and not settled by then, less what
 * was applied to it by then (as {@code ReceivableServiceImpl.receivables});</li>
 * <li><b>overdue</b>: the open amount of invoices past due at {@code asOf} (due date before it);</li>
 * <li><b>bad debt</b>: the open amount more than 365 days past due;</li>
 * <li><b>new overdue</b>: the open amount of invoices that fell overdue within the period (past due at {@code asOf},
 * not yet on the day before the period began), and its share of the open receivables.</li>
 * </ul>
 */
public final class ReceivableFigures {

    /** Days past due beyond which an open amount counts as bad debt. */
    public static final int BAD_DEBT_DAYS = 365;

    /** One invoice; {@code applied} is what payments and rebates applied to it by {@code asOf}. */
    public record Invoice(long customerId, LocalDate issueDate, LocalDate dueDate, BigDecimal amount, BigDecimal discount,
            LocalDate settledOn, BigDecimal applied) {
    }

    /** The figures of one customer (or the total). */
    public record Figures(BigDecimal sales, BigDecimal open, BigDecimal overdue, BigDecimal badDebt, BigDecimal newOverdue) {

        static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        Figures plus(Figures o) {
            return new Figures(sales.add(o.sales), open.add(o.open), overdue.add(o.overdue), badDebt.add(o.badDebt),
                    newOverdue.add(o.newOverdue));
        }

        /** New overdue / open receivables, to four decimals; {@code null} when nothing is open. */
        public BigDecimal newOverdueShare() {
            return Amounts.ratio(newOverdue, open);
        }

        boolean isZero() {
            return sales.signum() == 0 && open.signum() == 0 && overdue.signum() == 0 && badDebt.signum() == 0
                    && newOverdue.signum() == 0;
        }
    }

    private ReceivableFigures() {
    }

    /** Figures per customer (ordered by id) for the period {@code from .. asOf}; customers with all zeros left out. */
    public static Map<Long, Figures> compute(Collection<Invoice> invoices, LocalDate from, LocalDate asOf) {
        Map<Long, Figures> out = new HashMap<>();
        LocalDate dayBefore = from.minusDays(1);
        for (Invoice i : invoices) {
            if (i.issueDate().isAfter(asOf)) {
                continue;
            }
            BigDecimal sales = BigDecimal.ZERO;
            if (!i.issueDate().isBefore(from)) {
                sales = i.amount().subtract(Amounts.nz(i.discount()));
            }
            BigDecimal open = BigDecimal.ZERO;
            BigDecimal overdue = BigDecimal.ZERO;
            BigDecimal bad = BigDecimal.ZERO;
            BigDecimal fresh = BigDecimal.ZERO;
            boolean settled = i.settledOn() != null && !i.settledOn().isAfter(asOf);
            BigDecimal left = i.amount().subtract(Amounts.nz(i.applied()));
            if (!settled && left.signum() > 0) {
                open = left;
                long days = ChronoUnit.DAYS.between(i.dueDate(), asOf);
                if (days > 0) {
                    overdue = left;
                    if (days > BAD_DEBT_DAYS) {
                        bad = left;
                    }
                    if (!i.dueDate().isBefore(dayBefore)) {
                        fresh = left;
                    }
                }
            }
            Figures f = new Figures(sales, open, overdue, bad, fresh);
            if (!f.isZero()) {
                out.merge(i.customerId(), f, Figures::plus);
            }
        }
        return new TreeMap<>(out);
    }

    /** The sum of figures. */
    public static Figures total(Collection<Figures> all) {
        Figures t = Figures.ZERO;
        for (Figures f : all) {
            t = t.plus(f);
        }
        return t;
    }
}
