package org.kehu.platform.core.internal.grading;

import java.util.HashMap;
import java.util.Map;

import org.kehu.platform.core.internal.service.PrefixedSettings;

/**
 * The grading thresholds: the keys {@code grading.<policy id>.<name>} of PID {@code org.kehu.platform.ledger}
 * (file {@code etc/org.kehu.platform.ledger.cfg}). A policy gets its own keys without the prefix. The core policies'
 * keys are checked on every update; an invalid set is refused as a whole and the previous one stays in force.
 */
public class GradingSettings extends PrefixedSettings {

    static final String PREFIX = "grading.";

    public GradingSettings() {
        super(PREFIX, Map.of());
    }

    @Override
    protected Map<String, String> check(Map<String, String> found) {
        return parse(found);
    }

    static Map<String, String> parse(Map<String, String> out) {
        AbcPolicy.shares(forPolicy(out, AbcPolicy.ID));
        DClassPolicy.limits(forPolicy(out, DClassPolicy.ID));
        CreditRatingPolicy.limits(forPolicy(out, CreditRatingPolicy.ID));
        ValueMatrixPolicy.limits(forPolicy(out, ValueMatrixPolicy.ID));
        ValueTierPolicy.limits(forPolicy(out, ValueTierPolicy.ID));
        return Map.copyOf(out);
    }

    /** The settings of one policy, by name without the {@code grading.<policy id>.} prefix. */
    public Map<String, String> forPolicy(String policyId) {
        return forPolicy(values(), policyId);
    }

    static Map<String, String> forPolicy(Map<String, String> all, String policyId) {
        String prefix = PREFIX + policyId + ".";
        Map<String, String> out = new HashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return Map.copyOf(out);
    }
}
