package org.kehu.platform.api.spi;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.kehu.platform.api.Actor;

/**
 * A workflow: states, the transitions between them and who may take each. The
 * platform's engine persists instances, their history, comments and due dates,
 * and escalates overdue ones; a definition describes, checks its subject and
 * applies the decisions to the records it governs.
 * <p>
 * Contract: register as an OSGi service with {@link KehuProperties#ID} equal to
 * {@link #id()} and {@link KehuProperties#INDUSTRY} (or {@code *}). The states
 * and transitions must not change while the service is registered; raise
 * {@link #version()} with every change. {@link #guard} runs inside the
 * engine's transaction and must not write.
 */
public interface WorkflowDefinition {

    String id();

    int version();

    String name(Locale locale);

    /** The type of subject it governs, e.g. {@code contract}, {@code customer}, {@code credit-request}. */
    String subjectType();

    String initialState();

    List<WorkflowState> states();

    List<WorkflowTransition> transitions();

    /** Reasons to refuse a transition beyond roles and amounts (e.g. open receivables before a freeze); empty to allow. */
    default List<String> guard(WorkflowSubject subject, WorkflowTransition transition) {
        return List.of();
    }

    /**
     * Checks and completes the subject of a new instance: e.g. reads the amount and customer from the record it
     * governs instead of trusting the caller, and checks the data the definition needs. Throw a
     * {@link org.kehu.platform.api.ValidationException} for missing or invalid data, a
     * {@link org.kehu.platform.api.NotFoundException} for an unknown subject, a
     * {@link org.kehu.platform.api.ConflictException} when the subject may not enter this workflow now.
     */
    default WorkflowSubject prepare(WorkflowSubject requested) {
        return requested;
    }

    /**
     * How long an instance of this subject may stay in a state before it escalates ({@code null}: no deadline).
     * By default the state's own {@link WorkflowState#dueWithin()}; a definition may make it depend on the subject,
     * e.g. only large deals escalate.
     */
    default Duration dueWithin(WorkflowSubject subject, WorkflowState state) {
        return state.dueWithin();
    }

    /**
     * Called after the instance entered {@code state} through {@code transition} ({@code null} when the instance
     * just started), inside the engine's transaction: apply the decision to the governed record here (activate,
     * grant, freeze). Throwing a {@link org.kehu.platform.api.PlatformException} refuses the transition and rolls
     * everything back.
     */
    default void entered(WorkflowSubject subject, String state, WorkflowTransition transition, Actor actor) {
    }
}
