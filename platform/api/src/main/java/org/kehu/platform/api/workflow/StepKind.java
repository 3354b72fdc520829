package org.kehu.platform.api.workflow;

/** What a history step records. */
public enum StepKind {
    STARTED,
    TRANSITION,
    COMMENT,
    ESCALATED
}
