package org.kehu.platform.api.ledger;

import org.kehu.platform.api.Money;

/** The part of a payment applied to one invoice. */
public record PaymentAllocation(long invoiceId, String invoiceNumber, Money amount) {
}
