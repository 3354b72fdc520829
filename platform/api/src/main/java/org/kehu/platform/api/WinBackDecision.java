package org.kehu.platform.api;

import java.time.Instant;

/**
 * The decision whether to win back a churned customer, weighed on the estimated
 * cost of winning it back against the value it would bring.
 */
public record WinBackDecision(
        WinBackOutcome outcome,
        Money estimatedCost,
        Money estimatedValue,
        String reason,
        String decidedBy,
        Instant decidedAt) {
}
