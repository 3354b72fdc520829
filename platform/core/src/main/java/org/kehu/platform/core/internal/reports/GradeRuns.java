package org.kehu.platform.core.internal.reports;

import java.math.BigDecimal;
import java.util.List;

import javax.persistence.EntityManager;

import org.kehu.platform.api.grading.GradingRunState;
import org.kehu.platform.core.internal.entity.GradingPolicyStateEntity;

/** Lookups of grading runs the grade reports share (no grading engine code needed). */
final class GradeRuns {

    private GradeRuns() {
    }

    /** The id of the latest succeeded run of the policy for the period label, or {@code null}. */
    static Long latestSucceeded(EntityManager em, String policy, String period) {
        List<Long> ids = em.createQuery("SELECT MAX(r.id) FROM GradingRunEntity r WHERE r.policyId = :p"
                + " AND r.period = :l AND r.state = :s", Long.class).setParameter("p", policy).setParameter("l", period)
                .setParameter("s", GradingRunState.SUCCEEDED).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The id of the run whose assignments are the policy's current grades, or {@code null}. */
    static Long current(EntityManager em, String policy) {
        GradingPolicyStateEntity s = em.find(GradingPolicyStateEntity.class, policy);
        return s == null ? null : s.getRunId();
    }

    /** The number called {@code name} in a grade assignment's figures text ({@code name TAB n TAB value} lines). */
    static BigDecimal figure(String figures, String name) {
        if (figures == null) {
            return null;
        }
        for (String line : figures.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3 && parts[0].equals(name) && parts[1].equals("n")) {
                try {
                    return new BigDecimal(parts[2].strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
