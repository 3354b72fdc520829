package org.kehu.platform.api;

public record WinBackRequest(WinBackOutcome outcome, Money estimatedCost, Money estimatedValue, String reason) {
}
