package org.kehu.platform.api.spi;

import java.util.List;
import java.util.Locale;

/**
 * A workflow: states, the transitions between them and who may take each. The
 * platform's engine persists instances, their history, comments and due dates,
 * and escalates overdue ones; a definition only describes.
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
}
