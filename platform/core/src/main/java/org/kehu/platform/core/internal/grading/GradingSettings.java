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

    static final String SCHEDULE = PREFIX + "schedule.";

    private volatile Map<String, GradingSchedule> schedules = Map.of();
    private volatile Runnable listener;

    public GradingSettings() {
        super(PREFIX, Map.of());
    }

    @Override
    protected void applied(Map<String, String> values) {
        schedules = schedules(values);
        Runnable l = listener;
        if (l != null) {
            l.run();
        }
    }

    /** The schedules by policy id, from the keys {@code grading.schedule.<policy id>}. */
    public Map<String, GradingSchedule> schedules() {
        return schedules;
    }

    /** Whom to tell when new settings are in force; {@code null} for no one. */
    void onChange(Runnable listener) {
        this.listener = listener;
    }

    static Map<String, GradingSchedule> schedules(Map<String, String> values) {
        Map<String, GradingSchedule> out = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(SCHEDULE) && k.length() > SCHEDULE.length() && !v.isEmpty()) {
                try {
                    out.put(k.substring(SCHEDULE.length()), GradingSchedule.parse(v));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(k + ": " + e.getMessage(), e);
                }
            }
        });
        return Map.copyOf(out);
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
        schedules(out);
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
