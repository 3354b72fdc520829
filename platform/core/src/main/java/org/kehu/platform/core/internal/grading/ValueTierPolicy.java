package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.platform.api.spi.Grade;
import org.kehu.platform.api.spi.GradeSink;
import org.kehu.platform.api.spi.Grader;
import org.kehu.platform.api.spi.GradingSubject;

/**
 * Value tiers by the period's revenue: at least {@code grading.value-tier.strategic.revenue.minimum} (10,000,000)
 * with a gross margin at least {@code grading.value-tier.strategic.grossMargin.minimum} (0.15) → STRATEGIC; at least
 * {@code grading.value-tier.partner.revenue.minimum} (5,000,000) → PARTNER (also a strategic-size customer below the
 * margin floor); at least {@code grading.value-tier.commercial.revenue.minimum} (1,000,000) → COMMERCIAL; else GENERAL.
 */
public class ValueTierPolicy extends CorePolicy {

    public static final String ID = "value-tier";
    static final String STRATEGIC_REVENUE = "strategic.revenue.minimum";
    static final String STRATEGIC_MARGIN = "strategic.grossMargin.minimum";
    static final String PARTNER_REVENUE = "partner.revenue.minimum";
    static final String COMMERCIAL_REVENUE = "commercial.revenue.minimum";
    static final String DEFAULT_STRATEGIC_REVENUE = "10000000";
    static final String DEFAULT_STRATEGIC_MARGIN = "0.15";
    static final String DEFAULT_PARTNER_REVENUE = "5000000";
    static final String DEFAULT_COMMERCIAL_REVENUE = "1000000";

    record Limits(BigDecimal strategicRevenue, BigDecimal strategicMargin, BigDecimal partnerRevenue,
            BigDecimal commercialRevenue) {
    }

    public ValueTierPolicy() {
        super(ID, 1, "客户价值分层", "Value tiers by revenue",
                List.of(new Grade("STRATEGIC", Map.of("zh-CN", "战略客户", "en", "Strategic")),
                        new Grade("PARTNER", Map.of("zh-CN", "伙伴客户", "en", "Partner")),
                        new Grade("COMMERCIAL", Map.of("zh-CN", "商业客户", "en", "Commercial")),
                        new Grade("GENERAL", Map.of("zh-CN", "一般客户", "en", "General"))));
    }

    /** Validates the settings; the revenue bands must not overlap. */
    static Limits limits(Map<String, String> settings) {
        Limits l = new Limits(Thresholds.decimal(settings, ID, STRATEGIC_REVENUE, DEFAULT_STRATEGIC_REVENUE),
                Thresholds.share(settings, ID, STRATEGIC_MARGIN, DEFAULT_STRATEGIC_MARGIN),
                Thresholds.decimal(settings, ID, PARTNER_REVENUE, DEFAULT_PARTNER_REVENUE),
                Thresholds.decimal(settings, ID, COMMERCIAL_REVENUE, DEFAULT_COMMERCIAL_REVENUE));
        if (l.strategicRevenue().compareTo(l.partnerRevenue()) < 0 || l.partnerRevenue().compareTo(l.commercialRevenue()) < 0) {
            throw new IllegalArgumentException("grading.value-tier: the revenue minimums must be strategic ≥ partner ≥ commercial");
        }
        return l;
    }

    @Override
    public Grader grader(String period, Map<String, String> settings) {
        Limits limits = limits(settings);
        return new Grader() {
            @Override
            public void accept(GradingSubject s, GradeSink sink) {
                grade(limits, s.customerId(), s.revenue(), s.grossMargin(), sink);
            }

            @Override
            public void finish(GradeSink sink) {
            }
        };
    }

    static void grade(Limits l, long customerId, BigDecimal revenue, BigDecimal margin, GradeSink sink) {
        BigDecimal rev = revenue == null ? BigDecimal.ZERO : revenue;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("revenue", rev);
        if (margin != null) {
            f.put("grossMargin", margin);
        }
        f.put("strategicRevenueMinimum", l.strategicRevenue());
        f.put("strategicGrossMarginMinimum", l.strategicMargin());
        f.put("partnerRevenueMinimum", l.partnerRevenue());
        f.put("commercialRevenueMinimum", l.commercialRevenue());
        String figures = "revenue " + Thresholds.plain(rev) + ", gross margin " + Thresholds.percent(margin);
        if (rev.compareTo(l.strategicRevenue()) >= 0) {
            if (margin != null && margin.compareTo(l.strategicMargin()) >= 0) {
                sink.assign(customerId, "STRATEGIC", "Revenue at least " + Thresholds.plain(l.strategicRevenue())
                        + " and gross margin at least " + Thresholds.percent(l.strategicMargin()) + " (" + figures + "): STRATEGIC", f);
            } else {
                sink.assign(customerId, "PARTNER", "Revenue at least " + Thresholds.plain(l.strategicRevenue())
                        + " but gross margin below the strategic floor " + Thresholds.percent(l.strategicMargin()) + " ("
                        + figures + "): PARTNER", f);
            }
        } else if (rev.compareTo(l.partnerRevenue()) >= 0) {
            sink.assign(customerId, "PARTNER", "Revenue at least " + Thresholds.plain(l.partnerRevenue()) + " (" + figures
                    + "): PARTNER", f);
        } else if (rev.compareTo(l.commercialRevenue()) >= 0) {
            sink.assign(customerId, "COMMERCIAL", "Revenue at least " + Thresholds.plain(l.commercialRevenue()) + " ("
                    + figures + "): COMMERCIAL", f);
        } else {
            sink.assign(customerId, "GENERAL", "Revenue below " + Thresholds.plain(l.commercialRevenue()) + " (" + figures
                    + "): GENERAL", f);
        }
    }
}
