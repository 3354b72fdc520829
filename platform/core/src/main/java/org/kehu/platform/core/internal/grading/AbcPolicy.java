package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.spi.Grade;
import org.kehu.platform.api.spi.GradeSink;
import org.kehu.platform.api.spi.GradingFigures;
import org.kehu.platform.api.spi.Grader;
import org.kehu.platform.api.spi.GradingSubject;

/**
 * ABC (Pareto) by the period's revenue. Among the customers with revenue, a customer is A when fewer than
 * ⌈n × shareA⌉ customers have a higher revenue, B when fewer than ⌈n × (shareA + shareB)⌉ do, else C; equal revenues
 * therefore get the same grade. Customers without revenue are C. Settings {@code grading.abc.shareA} (0.20) and
 * {@code grading.abc.shareB} (0.40).
 */
public class AbcPolicy extends CorePolicy {

    public static final String ID = "abc";
    static final String SHARE_A = "shareA";
    static final String SHARE_B = "shareB";
    static final String DEFAULT_SHARE_A = "0.20";
    static final String DEFAULT_SHARE_B = "0.40";

    public AbcPolicy() {
        super(ID, 1, "ABC分类（帕累托）", "ABC (Pareto) by revenue",
                List.of(new Grade("A", Map.of("zh-CN", "A类（重点客户）", "en", "A (top revenue)")),
                        new Grade("B", Map.of("zh-CN", "B类", "en", "B (middle revenue)")),
                        new Grade("C", Map.of("zh-CN", "C类", "en", "C (low or no revenue)"))));
    }

    @Override
    public Set<GradingFigures> figures() {
        return EnumSet.of(GradingFigures.SALES);
    }

    /** Validates the settings; the shares must leave room for C. */
    static BigDecimal[] shares(Map<String, String> settings) {
        BigDecimal a = Thresholds.share(settings, ID, SHARE_A, DEFAULT_SHARE_A);
        BigDecimal b = Thresholds.share(settings, ID, SHARE_B, DEFAULT_SHARE_B);
        if (a.add(b).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("grading.abc.shareA + grading.abc.shareB must be at most 1");
        }
        return new BigDecimal[] {a, b};
    }

    @Override
    public Grader grader(String period, Map<String, String> settings) {
        BigDecimal[] shares = shares(settings);
        return new AbcGrader(shares[0], shares[1]);
    }

    /** Keeps two primitives per customer (id and revenue in cents), ranks in {@link #finish}, assigns in id order. */
    static final class AbcGrader implements Grader {

        private final BigDecimal shareA;
        private final BigDecimal shareB;
        private long[] ids = new long[1024];
        private long[] cents = new long[1024];
        private int size;

        AbcGrader(BigDecimal shareA, BigDecimal shareB) {
            this.shareA = shareA;
            this.shareB = shareB;
        }

        @Override
        public void accept(GradingSubject subject, GradeSink sink) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                cents = Arrays.copyOf(cents, size * 2);
            }
            BigDecimal revenue = subject.revenue();
            ids[size] = subject.customerId();
            cents[size] = revenue == null ? 0 : revenue.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            size++;
        }

        @Override
        public void finish(GradeSink sink) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (cents[i] > 0) {
                    n++;
                }
            }
            long[] sorted = new long[n];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (cents[i] > 0) {
                    sorted[k++] = cents[i];
                }
            }
            Arrays.sort(sorted);
            long cutA = ceil(n, shareA);
            long cutB = ceil(n, shareA.add(shareB));
            for (int i = 0; i < size; i++) {
                long c = cents[i];
                BigDecimal revenue = BigDecimal.valueOf(c, 2);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("revenue", revenue);
                figures.put("customersWithRevenue", (long) n);
                figures.put("shareA", shareA);
                figures.put("shareB", shareB);
                figures.put("countA", cutA);
                figures.put("countAB", cutB);
                if (c <= 0) {
                    sink.assign(ids[i], "C", "No revenue in the period (" + Thresholds.plain(revenue) + "): C", figures);
                    continue;
                }
                long higher = n - upperBound(sorted, c);
                long rank = higher + 1;
                figures.put("rank", rank);
                String grade = higher < cutA ? "A" : higher < cutB ? "B" : "C";
                String reason = "Revenue " + Thresholds.plain(revenue) + " ranks " + rank + " of " + n
                        + " customers with revenue; A = top " + Thresholds.percent(shareA) + " (" + cutA + " customers), B = next "
                        + Thresholds.percent(shareB) + " (up to rank " + cutB + "), the rest C; equal revenues share the better grade: "
                        + grade;
                sink.assign(ids[i], grade, reason, figures);
            }
        }

        /** {@code ⌈n × share⌉}, computed exactly. */
        static long ceil(long n, BigDecimal share) {
            return BigDecimal.valueOf(n).multiply(share).setScale(0, RoundingMode.CEILING).longValueExact();
        }

        /** The number of values {@code <= v} in the sorted array. */
        private static int upperBound(long[] sorted, long v) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
