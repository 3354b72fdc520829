package org.kehu.platform.api;

import java.time.Instant;

/** One lifecycle transition as recorded. {@code fromStatus} is null for the creation. */
public record StatusChange(LifecycleStatus fromStatus, LifecycleStatus toStatus, String changedBy, Instant at, String reason) {
}
