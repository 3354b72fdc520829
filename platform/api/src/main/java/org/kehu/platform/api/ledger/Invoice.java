package org.kehu.platform.api.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.kehu.platform.api.Money;

/**
 * A sales invoice: the receivable. {@code cost} is the cost of the goods sold
 * with it, from which gross profit is derived; {@code discount} is the part
 * settled by dealer rebates.
 */
public record Invoice(
        long id,
        String number,
        long customerId,
        Long contractId,
        Long shipmentId,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amount,
        Money cost,
        Money paidAmount,
        Money discount,
        Money openAmount,
        InvoiceStatus status,
        long version,
        Instant createdAt,
        String createdBy) {
}
