package org.kehu.platform.api.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** A customer's place on the white, grey or black list, with the reason and the date it applies from. */
public record ListEntry(
        long id,
        long customerId,
        String customerNumber,
        String customerName,
        CreditListType list,
        String reason,
        LocalDate since,
        boolean current,
        String decidedBy,
        Instant decidedAt) {
}
