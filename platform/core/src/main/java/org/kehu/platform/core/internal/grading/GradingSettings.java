package org.kehu.platform.core.internal.grading;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grading thresholds: the keys {@code grading.<policy id>.<name>} of PID {@code org.kehu.platform.ledger}
 * (file {@code etc/org.kehu.platform.ledger.cfg}). A policy gets its own keys without the prefix. The core policies'
 * keys are checked on every update; an invalid set is refused as a whole and the previous one stays in force.
 */
public class GradingSettings implements ManagedService {

    static final String PREFIX = "grading.";

    private static final Logger LOG = LoggerFactory.getLogger(GradingSettings.class);

    static final String SCHEDULE = PREFIX + "schedule.";

    private volatile Map<String, String> values = Map.of();
    private volatile Map<String, GradingSchedule> schedules = Map.of();
    private volatile Runnable listener;

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        try {
            Map<String, String> parsed = parse(properties);
            schedules = schedules(parsed);
            values = parsed;
            LOG.info("Grading settings applied: {}", values);
        } catch (IllegalArgumentException e) {
            LOG.error("Grading settings refused, the previous ones stay in force: {}", e.getMessage());
            throw new ConfigurationException(null, e.getMessage(), e);
        }
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

    static Map<String, String> parse(Dictionary<String, ?> properties) {
        Map<String, String> out = new HashMap<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                Object v = properties.get(key);
                if (key.startsWith(PREFIX) && v != null) {
                    out.put(key, v.toString().strip());
                }
            }
        }
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
        return forPolicy(values, policyId);
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
