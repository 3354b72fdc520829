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
 * D-class customers by the period's gross profit: below 0 → X (to be eliminated); below
 * {@code grading.d-class.grossProfit.minimum} (100,000) → D, unless the cash-on-delivery share is at least
 * {@code grading.d-class.cashOnDelivery.minimumShare} (0.5) and the gross margin above
 * {@code grading.d-class.grossMargin.above} (0.15); else OK.
 */
public class DClassPolicy extends CorePolicy {

    public static final String ID = "d-class";
    static final String MIN_PROFIT = "grossProfit.minimum";
    static final String COD_SHARE = "cashOnDelivery.minimumShare";
    static final String MARGIN_ABOVE = "grossMargin.above";
    static final String DEFAULT_MIN_PROFIT = "100000";
    static final String DEFAULT_COD_SHARE = "0.5";
    static final String DEFAULT_MARGIN_ABOVE = "0.15";

    record Limits(BigDecimal minimumProfit, BigDecimal codShare, BigDecimal marginAbove) {
    }

    public DClassPolicy() {
        super(ID, 1, "D类客户（毛利）", "D-class customers by gross profit",
                List.of(new Grade("OK", Map.of("zh-CN", "正常", "en", "OK")),
                        new Grade("D", Map.of("zh-CN", "D类客户", "en", "D-class (low gross profit)")),
                        new Grade("X", Map.of("zh-CN", "待淘汰", "en", "To be eliminated (negative gross profit)"))));
    }

    static Limits limits(Map<String, String> settings) {
        return new Limits(Thresholds.decimal(settings, ID, MIN_PROFIT, DEFAULT_MIN_PROFIT),
                Thresholds.share(settings, ID, COD_SHARE, DEFAULT_COD_SHARE),
                Thresholds.share(settings, ID, MARGIN_ABOVE, DEFAULT_MARGIN_ABOVE));
    }

    @Override
    public Grader grader(String period, Map<String, String> settings) {
        Limits limits = limits(settings);
        return new Grader() {
            @Override
            public void accept(GradingSubject s, GradeSink sink) {
                grade(limits, s.customerId(), s.grossProfit(), s.grossMargin(), s.cashOnDeliveryShare(), sink);
            }

            @Override
            public void finish(GradeSink sink) {
            }
        };
    }

    static void grade(Limits l, long customerId, BigDecimal profit, BigDecimal margin, BigDecimal codShare, GradeSink sink) {
        BigDecimal gp = profit == null ? BigDecimal.ZERO : profit;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("grossProfit", gp);
        if (margin != null) {
            f.put("grossMargin", margin);
        }
        if (codShare != null) {
            f.put("cashOnDeliveryShare", codShare);
        }
        f.put("grossProfitMinimum", l.minimumProfit());
        f.put("cashOnDeliveryMinimumShare", l.codShare());
        f.put("grossMarginAbove", l.marginAbove());
        String figures = "gross profit " + Thresholds.plain(gp) + ", gross margin " + Thresholds.percent(margin)
                + ", cash-on-delivery share " + Thresholds.percent(codShare);
        if (gp.signum() < 0) {
            sink.assign(customerId, "X", "Negative gross profit (" + figures + "): to be eliminated unless a continuation "
                    + "is approved", f);
        } else if (gp.compareTo(l.minimumProfit()) < 0) {
            boolean exempt = codShare != null && codShare.compareTo(l.codShare()) >= 0
                    && margin != null && margin.compareTo(l.marginAbove()) > 0;
            f.put("exempt", exempt);
            if (exempt) {
                sink.assign(customerId, "OK", "Gross profit below " + Thresholds.plain(l.minimumProfit()) + " (" + figures
                        + "), but cash on delivery (share ≥ " + Thresholds.percent(l.codShare()) + ") with gross margin above "
                        + Thresholds.percent(l.marginAbove()) + ": not D", f);
            } else {
                sink.assign(customerId, "D", "Gross profit below " + Thresholds.plain(l.minimumProfit()) + " (" + figures
                        + ") and not cash on delivery (share ≥ " + Thresholds.percent(l.codShare())
                        + ") with gross margin above " + Thresholds.percent(l.marginAbove()) + ": D", f);
            }
        } else {
            sink.assign(customerId, "OK", "Gross profit at least " + Thresholds.plain(l.minimumProfit()) + " (" + figures
                    + "): OK", f);
        }
    }
}
