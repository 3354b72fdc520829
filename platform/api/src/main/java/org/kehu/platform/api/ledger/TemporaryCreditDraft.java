package org.kehu.platform.api.ledger;

import java.time.LocalDate;

import org.kehu.platform.api.Money;

/** Grants temporary credit; {@code validFrom} defaults to today, {@code reason} is required. */
public record TemporaryCreditDraft(Money amount, LocalDate validFrom, LocalDate expiresOn, String reason) {
}
