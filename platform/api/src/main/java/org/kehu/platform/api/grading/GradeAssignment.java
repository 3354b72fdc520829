package org.kehu.platform.api.grading;

import java.time.Instant;
import java.util.Map;

/**
 * A grade given to a customer by a run, with why: the reason for people and the
 * figures and thresholds used, by name.
 */
public record GradeAssignment(
        long customerId,
        String policyId,
        int policyVersion,
        String period,
        String grade,
        String reason,
        Map<String, Object> figures,
        long runId,
        Instant assignedAt) {

    public GradeAssignment {
        figures = figures == null ? Map.of() : figures;
    }
}
