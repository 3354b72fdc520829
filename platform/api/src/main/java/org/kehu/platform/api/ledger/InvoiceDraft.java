package org.kehu.platform.api.ledger;

import java.time.LocalDate;

import org.kehu.platform.api.Money;

/**
 * An invoice to record. {@code number} (the invoice number) is required and
 * unique, so posting the same invoice twice is refused. {@code dueDate}
 * defaults to the issue date plus the contract's payment term (or the
 * customer's credit term).
 */
public record InvoiceDraft(
        String number,
        long customerId,
        Long contractId,
        Long shipmentId,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amount,
        Money cost) {
}
