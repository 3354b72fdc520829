package org.kehu.platform.api.ledger;

import java.time.LocalDate;
import java.util.List;

import org.kehu.platform.api.Money;

/**
 * A payment to record. {@code number} (the bank or receipt reference) is
 * required and unique. Without {@code allocations} the amount is applied to the
 * payer's open invoices, oldest due date first; with them, exactly as given.
 */
public record PaymentDraft(
        String number,
        long customerId,
        LocalDate receivedDate,
        Money amount,
        List<AllocationDraft> allocations) {
}
