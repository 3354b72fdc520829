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
 * Value matrix: current value (the period's gross profit) × potential value (the extension attribute named by
 * {@code grading.value-matrix.potentialValue.attribute}, default {@code potentialValue}). High means at or above
 * {@code grading.value-matrix.currentValue.high} (1,000,000) and {@code grading.value-matrix.potentialValue.high}
 * (1,000,000); a missing or non-numeric attribute is low potential. High/high → DEVELOP, high/low → MAINTAIN,
 * low/high → CULTIVATE, low/low → ABANDON.
 */
public class ValueMatrixPolicy extends CorePolicy {

    public static final String ID = "value-matrix";
    static final String CURRENT_HIGH = "currentValue.high";
    static final String POTENTIAL_HIGH = "potentialValue.high";
    static final String POTENTIAL_ATTRIBUTE = "potentialValue.attribute";
    static final String DEFAULT_CURRENT_HIGH = "1000000";
    static final String DEFAULT_POTENTIAL_HIGH = "1000000";
    static final String DEFAULT_POTENTIAL_ATTRIBUTE = "potentialValue";

    record Limits(BigDecimal currentHigh, BigDecimal potentialHigh, String attribute) {
    }

    public ValueMatrixPolicy() {
        super(ID, 1, "客户价值矩阵", "Value matrix (current × potential)",
                List.of(new Grade("DEVELOP", Map.of("zh-CN", "重点发展", "en", "Develop (high current, high potential)")),
                        new Grade("MAINTAIN", Map.of("zh-CN", "维持", "en", "Maintain (high current, low potential)")),
                        new Grade("CULTIVATE", Map.of("zh-CN", "培育", "en", "Cultivate (low current, high potential)")),
                        new Grade("ABANDON", Map.of("zh-CN", "放弃", "en", "Abandon (low current, low potential)"))));
    }

    static Limits limits(Map<String, String> settings) {
        String attr = settings == null ? null : settings.get(POTENTIAL_ATTRIBUTE);
        return new Limits(Thresholds.decimal(settings, ID, CURRENT_HIGH, DEFAULT_CURRENT_HIGH),
                Thresholds.decimal(settings, ID, POTENTIAL_HIGH, DEFAULT_POTENTIAL_HIGH),
                attr == null || attr.isBlank() ? DEFAULT_POTENTIAL_ATTRIBUTE : attr.strip());
    }

    @Override
    public Grader grader(String period, Map<String, String> settings) {
        Limits limits = limits(settings);
        return new Grader() {
            @Override
            public void accept(GradingSubject s, GradeSink sink) {
                grade(limits, s.customerId(), s.grossProfit(), s.attribute(limits.attribute()), sink);
            }

            @Override
            public void finish(GradeSink sink) {
            }
        };
    }

    /** The attribute as a number, {@code null} when missing or not a number. */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static void grade(Limits l, long customerId, BigDecimal grossProfit, Object potentialValue, GradeSink sink) {
        BigDecimal current = grossProfit == null ? BigDecimal.ZERO : grossProfit;
        BigDecimal potential = number(potentialValue);
        boolean highCurrent = current.compareTo(l.currentHigh()) >= 0;
        boolean highPotential = potential != null && potential.compareTo(l.potentialHigh()) >= 0;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("currentValue", current);
        if (potential != null) {
            f.put("potentialValue", potential);
        }
        f.put("potentialAttribute", l.attribute());
        f.put("currentValueHigh", l.currentHigh());
        f.put("potentialValueHigh", l.potentialHigh());
        f.put("highCurrent", highCurrent);
        f.put("highPotential", highPotential);
        String grade = highCurrent ? (highPotential ? "DEVELOP" : "MAINTAIN") : (highPotential ? "CULTIVATE" : "ABANDON");
        String reason = "Current value (gross profit) " + Thresholds.plain(current) + (highCurrent ? " at or above " : " below ")
                + Thresholds.plain(l.currentHigh()) + "; potential value ("
                + l.attribute() + ") " + (potential == null ? "missing, taken as low"
                        : Thresholds.plain(potential) + (highPotential ? " at or above " : " below ") + Thresholds.plain(l.potentialHigh()))
                + ": " + grade;
        sink.assign(customerId, grade, reason, f);
    }
}
