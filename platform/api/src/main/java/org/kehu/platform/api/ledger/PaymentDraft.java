package org.kehu.platform.api.ledger;

import java.time.LocalDate;
import java.util.List;

import org.kehu.platform.api.Money;

/**
 * A payment to record. {@code number} (the bank or receipt reference) is
 * required and unique. Without {@code allocations} ({@code null}) the amount is
 * applied to the payer's open invoices, oldest due date first; with them,
 * exactly as given, and an empty list keeps the whole amount on account (an
 * advance payment). Money kept on account is applied to the payer's next
 * invoices as they are recorded, and covers shipments paid in advance.
 */
public record PaymentDraft(
        String number,
        long customerId,
        LocalDate receivedDate,
        Money amount,
        List<AllocationDraft> allocations) {
}
