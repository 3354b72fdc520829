package org.kehu.platform.api.grading;

import java.time.Instant;

/**
 * One run of a grading policy over the population for a period.
 *
 * @param total     the customers to grade, known once the run started; {@code 0} before
 * @param processed the customers graded so far
 * @param error     why the run failed, {@code null} otherwise
 * @param computeMillis time the run spent reading the population and grading, once it succeeded
 * @param persistMillis time the run spent writing the assignments and its progress, once it succeeded;
 *                  the two together come close to {@code finishedAt - startedAt}
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
        Instant finishedAt,
        Long computeMillis,
        Long persistMillis) {

    /** A run without its timing. */
    public GradingRun(long id, String policyId, int policyVersion, String period, GradingRunState state, long total,
            long processed, String error, String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt) {
        this(id, policyId, policyVersion, period, state, total, processed, error, requestedBy, requestedAt, startedAt,
                finishedAt, null, null);
    }
}
