package org.kehu.platform.api.ledger;

import java.time.Instant;

import org.kehu.platform.api.Money;

/**
 * A dealer's rebate for one period ({@code 2026}, {@code 2026-Q3} or
 * {@code 2026-07}): the sales it was computed from and the progressive tiered
 * rebate; settled as a discount on an invoice.
 */
public record Rebate(
        long id,
        long customerId,
        String period,
        Money sales,
        Money amount,
        String calculation,
        RebateStatus status,
        Long settledInvoiceId,
        Instant calculatedAt,
        String calculatedBy) {
}
