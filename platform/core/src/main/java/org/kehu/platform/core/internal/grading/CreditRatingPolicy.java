package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.platform.api.spi.Grade;
import org.kehu.platform.api.spi.GradeSink;
import org.kehu.platform.api.spi.Grader;
import org.kehu.platform.api.spi.GradingSubject;

/**
 * Credit rating A–D from the payment record: the overdue share of the open receivables and the days past due of the
 * oldest overdue amount. Nothing overdue → A; overdue share at most {@code grading.credit-rating.B.overdueShare.maximum}
 * (0.10) and oldest overdue at most {@code grading.credit-rating.B.overdueDays.maximum} (30) days → B; at most
 * {@code grading.credit-rating.C.overdueShare.maximum} (0.30) and {@code grading.credit-rating.C.overdueDays.maximum}
 * (90) days → C; else D. An overdue amount without open receivables counts as a share of 100%, one without a known
 * age as 0 days.
 */
public class CreditRatingPolicy extends CorePolicy {

    public static final String ID = "credit-rating";
    static final String B_SHARE = "B.overdueShare.maximum";
    static final String B_DAYS = "B.overdueDays.maximum";
    static final String C_SHARE = "C.overdueShare.maximum";
    static final String C_DAYS = "C.overdueDays.maximum";
    static final String DEFAULT_B_SHARE = "0.10";
    static final String DEFAULT_B_DAYS = "30";
    static final String DEFAULT_C_SHARE = "0.30";
    static final String DEFAULT_C_DAYS = "90";

    record Limits(BigDecimal bShare, BigDecimal bDays, BigDecimal cShare, BigDecimal cDays) {
    }

    public CreditRatingPolicy() {
        super(ID, 1, "信用等级（回款记录）", "Credit rating by payment record",
                List.of(new Grade("A", Map.of("zh-CN", "A级（无逾期）", "en", "A (nothing overdue)")),
                        new Grade("B", Map.of("zh-CN", "B级（少量短期逾期）", "en", "B (little, recent overdue)")),
                        new Grade("C", Map.of("zh-CN", "C级（较多逾期）", "en", "C (notable overdue)")),
                        new Grade("D", Map.of("zh-CN", "D级（严重逾期）", "en", "D (serious overdue)"))));
    }

    /** Validates the settings; B's limits must not exceed C's. */
    static Limits limits(Map<String, String> settings) {
        Limits l = new Limits(Thresholds.share(settings, ID, B_SHARE, DEFAULT_B_SHARE),
                Thresholds.decimal(settings, ID, B_DAYS, DEFAULT_B_DAYS),
                Thresholds.share(settings, ID, C_SHARE, DEFAULT_C_SHARE),
                Thresholds.decimal(settings, ID, C_DAYS, DEFAULT_C_DAYS));
        if (l.bShare().compareTo(l.cShare()) > 0 || l.bDays().compareTo(l.cDays()) > 0) {
            throw new IllegalArgumentException("grading.credit-rating: the B limits must not exceed the C limits");
        }
        return l;
    }

    @Override
    public Grader grader(String period, Map<String, String> settings) {
        Limits limits = limits(settings);
        return new Grader() {
            @Override
            public void accept(GradingSubject s, GradeSink sink) {
                grade(limits, s.customerId(), s.openReceivables(), s.overdueReceivables(), s.oldestOverdueDays(), sink);
            }

            @Override
            public void finish(GradeSink sink) {
            }
        };
    }

    static void grade(Limits l, long customerId, BigDecimal open, BigDecimal overdue, Integer oldestDays, GradeSink sink) {
        BigDecimal op = open == null ? BigDecimal.ZERO : open;
        BigDecimal od = overdue == null ? BigDecimal.ZERO : overdue;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("openReceivables", op);
        f.put("overdueReceivables", od);
        f.put("bOverdueShareMaximum", l.bShare());
        f.put("bOverdueDaysMaximum", l.bDays());
        f.put("cOverdueShareMaximum", l.cShare());
        f.put("cOverdueDaysMaximum", l.cDays());
        if (od.signum() <= 0) {
            sink.assign(customerId, "A", "Nothing overdue (open receivables " + Thresholds.plain(op) + "): A", f);
            return;
        }
        BigDecimal share = op.signum() <= 0 || od.compareTo(op) >= 0 ? BigDecimal.ONE
                : od.divide(op, 4, RoundingMode.HALF_UP);
        BigDecimal days = BigDecimal.valueOf(oldestDays == null ? 0 : Math.max(0, oldestDays));
        f.put("overdueShare", share);
        f.put("oldestOverdueDays", days);
        String figures = "overdue " + Thresholds.plain(od) + " of open receivables " + Thresholds.plain(op) + " ("
                + Thresholds.percent(share) + "), oldest overdue " + days + " days";
        if (share.compareTo(l.bShare()) <= 0 && days.compareTo(l.bDays()) <= 0) {
            sink.assign(customerId, "B", "Overdue within " + Thresholds.percent(l.bShare()) + " and " + Thresholds.plain(l.bDays())
                    + " days (" + figures + "): B", f);
        } else if (share.compareTo(l.cShare()) <= 0 && days.compareTo(l.cDays()) <= 0) {
            sink.assign(customerId, "C", "Overdue beyond B's " + Thresholds.percent(l.bShare()) + " / " + Thresholds.plain(l.bDays())
                    + " days but within " + Thresholds.percent(l.cShare()) + " and " + Thresholds.plain(l.cDays()) + " days ("
                    + figures + "): C", f);
        } else {
            sink.assign(customerId, "D", "Overdue beyond " + Thresholds.percent(l.cShare()) + " or " + Thresholds.plain(l.cDays())
                    + " days (" + figures + "): D", f);
        }
    }
}
