package org.kehu.platform.api;

/**
 * A lifecycle transition. {@code churnReason} is required when moving to
 * {@link LifecycleStatus#CHURNED}; {@code version} is the customer's current version.
 */
public record StatusChangeRequest(LifecycleStatus status, String reason, String churnReason, Long version) {
}
