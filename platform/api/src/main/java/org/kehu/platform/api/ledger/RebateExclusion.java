package org.kehu.platform.api.ledger;

/** A dealer that gets no rebate for the period, and why. */
public record RebateExclusion(long customerId, String customerNumber, String reason) {
}
