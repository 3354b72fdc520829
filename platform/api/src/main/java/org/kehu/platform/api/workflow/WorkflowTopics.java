package org.kehu.platform.api.workflow;

/**
 * Event topics of the workflow engine. Every event carries {@code instanceId},
 * {@code definition}, {@code subjectType}, {@code subjectId}, {@code state} and,
 * when known, {@code customerId}; a transition adds {@code transition},
 * {@code from} and {@code actor}; an escalation adds {@code escalatedTo}.
 */
public final class WorkflowTopics {

    public static final String STARTED = "org/kehu/workflow/STARTED";
    public static final String TRANSITIONED = "org/kehu/workflow/TRANSITIONED";
    /** A transition reached a terminal state. */
    public static final String ENDED = "org/kehu/workflow/ENDED";
    public static final String ESCALATED = "org/kehu/workflow/ESCALATED";

    private WorkflowTopics() {
    }
}
