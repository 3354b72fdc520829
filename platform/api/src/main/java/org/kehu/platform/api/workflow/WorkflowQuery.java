package org.kehu.platform.api.workflow;

/** Filters of {@link WorkflowService#instances}; {@code null} means any. */
public record WorkflowQuery(String definition, String subjectType, Long subjectId, Long customerId, String state,
        Boolean open) {
}
