package org.kehu.platform.api.workflow;

/** A transition's comment, and optionally the instance version the caller saw (a stale one is refused). */
public record TransitionRequest(String comment, Long version) {
}
