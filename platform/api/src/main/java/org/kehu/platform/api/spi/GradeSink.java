package org.kehu.platform.api.spi;

import java.util.Map;

/** Receives a run's grade assignments; the engine keeps each with its reason as history. */
public interface GradeSink {

    /**
     * @param grade   a code of the policy's {@link GradingPolicy#scale()}
     * @param reason  why, for people: the figures and thresholds used
     * @param figures the figures used, by name (numbers, strings or booleans), kept with the assignment
     */
    void assign(long customerId, String grade, String reason, Map<String, Object> figures);
}
