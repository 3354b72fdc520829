package org.kehu.platform.api.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.kehu.platform.api.Money;

/** A temporary credit limit on top of the annual limit, valid from {@code validFrom} to {@code expiresOn} inclusive. */
public record TemporaryCredit(
        long id,
        Money amount,
        LocalDate validFrom,
        LocalDate expiresOn,
        String reason,
        String grantedBy,
        Instant grantedAt) {
}
