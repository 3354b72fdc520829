package org.kehu.platform.api.ledger;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;

/**
 * Dealer rebates: a progressive tiered rebate on a dealer's sales in a period
 * above the tier thresholds (settings), only for dealers meeting the base
 * conditions, paid as a discount on an invoice.
 */
public interface RebateService {

    /**
     * Computes the rebates of a period that has ended ({@code 2026},
     * {@code 2026-Q3} or {@code 2026-07}) for every dealer, replacing earlier
     * calculated (not yet settled) rebates of that period. A period that
     * overlaps one with rebates under another label (2026-Q1 once 2026 has
     * them) is refused as a conflict.
     */
    RebateRun calculate(Actor actor, String period);

    Page<Rebate> list(Actor actor, String period, Long customerId, int page, int size);

    /** Settles a calculated rebate as a discount on an open invoice of the same dealer. */
    Rebate settle(Actor actor, long rebateId, long invoiceId);
}
