package org.kehu.platform.api.ledger;

import java.time.LocalDate;

/** Records that the customer breached a contract; the date defaults to today. */
public record ContractBreach(LocalDate date, String reason) {
}
