package org.kehu.platform.api.workflow;

import java.time.Instant;

/**
 * One step of an instance's history: who did what and when. {@code fromState} and
 * {@code toState} are set for a start and a transition; an escalation names the
 * role it escalated to in {@code comment}.
 */
public record WorkflowStep(
        long id,
        long instanceId,
        StepKind kind,
        String transition,
        String fromState,
        String toState,
        String actor,
        String comment,
        Instant at) {
}
