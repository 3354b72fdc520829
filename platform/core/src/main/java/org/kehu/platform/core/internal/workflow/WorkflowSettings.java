package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow settings: the keys {@code workflow.*} of PID {@code org.kehu.platform.ledger} (file
 * {@code etc/org.kehu.platform.ledger.cfg}). Deadlines are ISO-8601 durations ({@code P3D}, {@code PT4H}); an empty
 * value means no deadline. An invalid set is refused as a whole and the previous one stays in force.
 */
public class WorkflowSettings implements ManagedService {

    static final String PREFIX = "workflow.";

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowSettings.class);

    /** The keys the core reads, with their defaults. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("workflow.escalation.scan.seconds", "60"),
            Map.entry("workflow.contract-approval.review.due", "P3D"),
            Map.entry("workflow.contract-approval.decision.due", "P7D"),
            Map.entry("workflow.credit-request.review.due", "P2D"),
            Map.entry("workflow.credit-request.manager.upTo", "1000000"),
            Map.entry("workflow.d-class-continuation.grossProfit.target", "100000"),
            Map.entry("workflow.d-class-continuation.target.years", "3"),
            Map.entry("workflow.d-class-continuation.review.due", "P30D"),
            Map.entry("workflow.freeze.decision.due", "P30D"),
            Map.entry("workflow.key-account-review.minimum", "10000"),
            Map.entry("workflow.key-account-review.escalation.above", "100000"),
            Map.entry("workflow.key-account-review.decision.due", "P14D"));

    private volatile Map<String, String> values = parse(null);

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        try {
            values = parse(properties);
            LOG.info("Workflow settings applied: {}", values);
        } catch (IllegalArgumentException e) {
            LOG.error("Workflow settings refused, the previous ones stay in force: {}", e.getMessage());
            throw new ConfigurationException(null, e.getMessage(), e);
        }
    }

    static Map<String, String> parse(Dictionary<String, ?> properties) {
        Map<String, String> out = new HashMap<>(DEFAULTS);
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                Object v = properties.get(key);
                if (key.startsWith(PREFIX) && v != null) {
                    out.put(key, v.toString().strip());
                }
            }
        }
        for (String key : out.keySet()) {
            String v = out.get(key);
            if (key.endsWith(".due")) {
                duration(key, v);
            } else if (DEFAULTS.containsKey(key)) {
                decimal(key, v);
            }
        }
        if (decimal("", out.get("workflow.escalation.scan.seconds")).signum() < 0) {
            throw new IllegalArgumentException("workflow.escalation.scan.seconds must not be negative");
        }
        return Map.copyOf(out);
    }

    private static Duration duration(String key, String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            Duration d = Duration.parse(v);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(key + " must be a positive duration, not " + v);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as P3D or PT4H, not " + v);
        }
    }

    private static BigDecimal decimal(String key, String v) {
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                throw new IllegalArgumentException(key + " must not be negative");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not " + v);
        }
    }

    /** A deadline: {@code workflow.<key>}; {@code null} when empty. */
    public Duration due(String key) {
        if (!values.containsKey(PREFIX + key)) {
            throw new IllegalStateException("No setting " + PREFIX + key);
        }
        return duration(PREFIX + key, values.get(PREFIX + key));
    }

    /** A number: {@code workflow.<key>}. */
    public BigDecimal number(String key) {
        String v = values.get(PREFIX + key);
        if (v == null) {
            throw new IllegalStateException("No setting " + PREFIX + key);
        }
        return decimal(PREFIX + key, v);
    }

    public long scanSeconds() {
        return number("escalation.scan.seconds").longValue();
    }
}
