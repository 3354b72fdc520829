package org.kehu.platform.api.grading;

import java.util.List;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;

/** Grading runs and the grades they gave. */
public interface GradingService {

    /**
     * Queues a run of an installed policy for a period ({@code 2026}, {@code 2026-Q3}, {@code 2026-07}) and returns
     * at once; the run proceeds in the background, one run at a time.
     *
     * @throws org.kehu.platform.api.ValidationException field {@code policy} when no such policy is installed,
     *                                                  {@code period} when the period is not one
     */
    GradingRun start(Actor actor, String policyId, String period);

    /** @throws org.kehu.platform.api.NotFoundException when there is no such run */
    GradingRun run(Actor actor, long id);

    /** Runs, newest first, of one policy or of all when {@code policyId} is {@code null}. */
    Page<GradingRun> runs(Actor actor, String policyId, int page, int size);

    /** The customer's current grade under each policy that graded it, ordered by policy id. */
    List<GradeAssignment> current(Actor actor, long customerId);

    /** Every grade the customer was given, newest first, under one policy or all when {@code policyId} is {@code null}. */
    List<GradeAssignment> history(Actor actor, long customerId, String policyId);
}
