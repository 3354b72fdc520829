package org.kehu.platform.api.ledger;

import java.time.LocalDate;

/** Puts a customer on a list (replacing its current place); {@code reason} is required, {@code since} defaults to today. */
public record ListDecision(long customerId, CreditListType list, String reason, LocalDate since) {
}
