package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kehu.platform.core.internal.service.PrefixedSettings;

/**
 * The workflow settings: the keys {@code workflow.*} of PID {@code org.kehu.platform.ledger} (file
 * {@code etc/org.kehu.platform.ledger.cfg}). Deadlines are ISO-8601 durations ({@code P3D}, {@code PT4H}); an empty
 * value means no deadline. An invalid set is refused as a whole and the previous one stays in force.
 */
public class WorkflowSettings extends PrefixedSettings {

    static final String PREFIX = "workflow.";

    /** The keys the core reads, with their defaults. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("workflow.escalation.scan.seconds", "60"),
            Map.entry("workflow.contract-approval.reviews", "production-safety, finance-audit, risk"),
            Map.entry("workflow.contract-approval.review.due", "P3D"),
            Map.entry("workflow.contract-approval.decision.due", "P7D"),
            Map.entry("workflow.credit-request.review.due", "P2D"),
            Map.entry("workflow.credit-request.decision.due", "P5D"),
            Map.entry("workflow.credit-request.manager.upTo", "1000000"),
            Map.entry("workflow.d-class-continuation.grossProfit.target", "100000"),
            Map.entry("workflow.d-class-continuation.target.years", "3"),
            Map.entry("workflow.d-class-continuation.review.due", "P30D"),
            Map.entry("workflow.freeze.decision.due", "P30D"),
            Map.entry("workflow.key-account-review.minimum", "10000"),
            Map.entry("workflow.key-account-review.escalation.above", "100000"),
            Map.entry("workflow.key-account-review.decision.due", "P14D"));

    public WorkflowSettings() {
        super(PREFIX, DEFAULTS);
    }

    @Override
    protected Map<String, String> check(Map<String, String> found) {
        Map<String, String> out = new HashMap<>(DEFAULTS);
        out.putAll(found);
        for (Map.Entry<String, String> e : out.entrySet()) {
            if (e.getKey().endsWith(".due")) {
                duration(e.getKey(), e.getValue());
            } else if (e.getKey().endsWith(".reviews")) {
                if (names(e.getValue()).isEmpty()) {
                    throw new IllegalArgumentException(e.getKey() + " must name at least one reviewing role");
                }
            } else if (DEFAULTS.containsKey(e.getKey())) {
                decimal(e.getKey(), e.getValue());
            }
        }
        return out;
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
        if (!values().containsKey(PREFIX + key)) {
            throw new IllegalStateException("No setting " + PREFIX + key);
        }
        return duration(PREFIX + key, values().get(PREFIX + key));
    }

    /** A number: {@code workflow.<key>}. */
    public BigDecimal number(String key) {
        String v = values().get(PREFIX + key);
        if (v == null) {
            throw new IllegalStateException("No setting " + PREFIX + key);
        }
        return decimal(PREFIX + key, v);
    }

    /** A list of names: {@code workflow.<key>}, comma-separated. */
    public List<String> list(String key) {
        String v = values().get(PREFIX + key);
        if (v == null) {
            throw new IllegalStateException("No setting " + PREFIX + key);
        }
        return names(v);
    }

    private static List<String> names(String v) {
        return Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
    }

    public long scanSeconds() {
        return number("escalation.scan.seconds").longValue();
    }
}
