package org.kehu.platform.core.internal.grading;

import java.math.BigDecimal;
import java.util.Map;

/** Reads a policy's thresholds from its settings (keys without the {@code grading.<policy>.} prefix). */
final class Thresholds {

    private Thresholds() {
    }

    static BigDecimal decimal(Map<String, String> settings, String policy, String key, String fallback) {
        String v = settings == null ? null : settings.get(key);
        String text = v == null || v.isBlank() ? fallback : v.strip();
        try {
            BigDecimal d = new BigDecimal(text);
            if (d.signum() < 0) {
                throw new IllegalArgumentException("grading." + policy + "." + key + " must not be negative");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("grading." + policy + "." + key + " must be a number: " + text);
        }
    }

    static BigDecimal share(Map<String, String> settings, String policy, String key, String fallback) {
        BigDecimal d = decimal(settings, policy, key, fallback);
        if (d.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("grading." + policy + "." + key + " must be between 0 and 1");
        }
        return d;
    }

    static String plain(BigDecimal d) {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal d) {
        return d == null ? "-" : plain(d.movePointRight(2)) + "%";
    }
}
