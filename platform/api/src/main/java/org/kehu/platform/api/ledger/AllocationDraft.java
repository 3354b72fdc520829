package org.kehu.platform.api.ledger;

import org.kehu.platform.api.Money;

/** Applies part of a payment to one invoice. */
public record AllocationDraft(long invoiceId, Money amount) {
}
