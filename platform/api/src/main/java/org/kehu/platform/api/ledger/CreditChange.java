package org.kehu.platform.api.ledger;

import java.time.Instant;

/** One entry of a customer's credit history: what changed from what to what, why, by whom and when. */
public record CreditChange(
        CreditChangeKind kind,
        String from,
        String to,
        String reason,
        String changedBy,
        Instant changedAt) {
}
