package org.kehu.platform.api;

import java.time.Instant;

/** One change of a customer's responsible account manager. {@code fromOwner} is null for the first assignment. */
public record OwnerHandover(String fromOwner, String toOwner, String handedOverBy, Instant at, String reason) {
}
