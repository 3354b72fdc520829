package org.kehu.platform.api.grading;

import java.time.Instant;

/**
 * One run of a grading policy over the population for a period.
 *
 * @param total     the customers to grade, known once the run started; {@code 0} before
 * @param processed the customers graded so far
 * @param error     why the run failed, {@code null} otherwise
 */
public record GradingRun(
        long id,
        String policyId,
        int policyVersion,
        String period,
        GradingRunState state,
        long total,
        long processed,
        String error,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt) {
}
