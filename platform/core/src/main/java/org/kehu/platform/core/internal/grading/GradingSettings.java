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

    private volatile Map<String, String> values = Map.of();

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        try {
            values = parse(properties);
            LOG.info("Grading settings applied: {}", values);
        } catch (IllegalArgumentException e) {
            LOG.error("Grading settings refused, the previous ones stay in force: {}", e.getMessage());
            throw new ConfigurationException(null, e.getMessage(), e);
        }
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
