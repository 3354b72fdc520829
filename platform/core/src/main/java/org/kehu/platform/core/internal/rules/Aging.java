package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.AgingBucket;

/**
 * Aging of receivables by days past due. The bounds {@code 30, 90, 180, 365}
 * give the buckets {@code current} (not yet due), {@code 1-30}, {@code 31-90},
 * {@code 91-180}, {@code 181-365} and {@code 365+}.
 */
public final class Aging {

    private final int[] bounds;

    private Aging(int[] bounds) {
        this.bounds = bounds;
    }

    /** Parses ascending, positive day bounds separated by commas. */
    public static Aging parse(String text) {
        List<Integer> list = new ArrayList<>();
        for (String s : text.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            int b;
            try {
                b = Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("receivables.aging.buckets: not a number: " + s.strip());
            }
            if (b <= 0 || (!list.isEmpty() && b <= list.get(list.size() - 1))) {
                throw new IllegalArgumentException("receivables.aging.buckets must be positive and ascending");
            }
            list.add(b);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("receivables.aging.buckets needs at least one bound");
        }
        return new Aging(list.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aging a && java.util.Arrays.equals(bounds, a.bounds);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return "Aging" + java.util.Arrays.toString(bounds);
    }

    /** Days past due as of a date; 0 or less when not yet due. */
    public static long daysPastDue(LocalDate dueDate, LocalDate asOf) {
        return ChronoUnit.DAYS.between(dueDate, asOf);
    }

    /** Index of the bucket for a number of days past due: 0 is {@code current}. */
    public int bucketOf(long daysPastDue) {
        if (daysPastDue <= 0) {
            return 0;
        }
        for (int i = 0; i < bounds.length; i++) {
            if (daysPastDue <= bounds[i]) {
                return i + 1;
            }
        }
        return bounds.length + 1;
    }

    public int size() {
        return bounds.length + 2;
    }

    public String key(int index) {
        if (index == 0) {
            return "current";
        }
        if (index == bounds.length + 1) {
            return bounds[bounds.length - 1] + "+";
        }
        int from = index == 1 ? 1 : bounds[index - 2] + 1;
        return from + "-" + bounds[index - 1];
    }

    /** Adds up amounts per bucket. */
    public final class Tally {

        private final BigDecimal[] amounts = new BigDecimal[size()];
        private final int[] counts = new int[size()];
        private BigDecimal open = BigDecimal.ZERO;
        private BigDecimal overdue = BigDecimal.ZERO;
        private long oldest;

        Tally() {
            java.util.Arrays.fill(amounts, BigDecimal.ZERO);
        }

        /** Counts an open amount due on {@code dueDate}, as of {@code asOf}. */
        public Tally add(BigDecimal amount, LocalDate dueDate, LocalDate asOf) {
            if (amount.signum() == 0) {
                return this;
            }
            long days = daysPastDue(dueDate, asOf);
            int b = bucketOf(days);
            amounts[b] = amounts[b].add(amount);
            counts[b]++;
            open = open.add(amount);
            if (days > 0) {
                overdue = overdue.add(amount);
                oldest = Math.max(oldest, days);
            }
            return this;
        }

        public Tally add(Tally other) {
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] = amounts[i].add(other.amounts[i]);
                counts[i] += other.counts[i];
            }
            open = open.add(other.open);
            overdue = overdue.add(other.overdue);
            oldest = Math.max(oldest, other.oldest);
            return this;
        }

        public BigDecimal open() {
            return open;
        }

        public BigDecimal overdue() {
            return overdue;
        }

        /** Days past due of the oldest overdue amount, {@code null} when nothing is overdue. */
        public Integer oldestOverdueDays() {
            return oldest == 0 ? null : (int) oldest;
        }

        public List<AgingBucket> buckets(String currency) {
            List<AgingBucket> out = new ArrayList<>(amounts.length);
            for (int i = 0; i < amounts.length; i++) {
                Integer from = null;
                Integer to = null;
                if (i == 0) {
                    to = 0;
                } else {
                    from = i == 1 ? 1 : bounds[i - 2] + 1;
                    if (i <= bounds.length) {
                        to = bounds[i - 1];
                    }
                }
                out.add(new AgingBucket(key(i), from, to, new Money(Amounts.scale(amounts[i]), currency), counts[i]));
            }
            return out;
        }
    }

    public Tally tally() {
        return new Tally();
    }
}
