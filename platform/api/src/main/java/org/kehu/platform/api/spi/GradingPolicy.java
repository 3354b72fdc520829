package org.kehu.platform.api.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A way of grading customers (ABC, D-class, value tiers, an industry's own).
 * <p>
 * Contract: register as an OSGi service with {@link KehuProperties#ID} equal to
 * {@link #id()} and {@link KehuProperties#INDUSTRY} (an industry id, or
 * {@code *} for every industry). The platform runs it as a job over the
 * customers of its industry, streaming, and never loads the whole population;
 * a policy must not either. Every assignment is kept with its reason, the
 * policy's id and {@link #version()}, and the period. Raise the version
 * whenever the rule changes, so that history says which rule gave a grade.
 * Implementations must be thread-safe; each run gets its own {@link Grader}.
 */
public interface GradingPolicy {

    String id();

    int version();

    String name(Locale locale);

    /** The grades, best first. */
    List<Grade> scale();

    /**
     * Starts a run.
     *
     * @param period   the period graded, e.g. {@code 2026}
     * @param settings the policy's thresholds as configured, by name
     */
    Grader grader(String period, Map<String, String> settings);

    /** The figures the policy's graders read; the engine derives only these. All of them unless overridden. */
    default Set<GradingFigures> figures() {
        return EnumSet.allOf(GradingFigures.class);
    }
}
