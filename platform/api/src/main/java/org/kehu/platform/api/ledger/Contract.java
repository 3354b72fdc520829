package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.kehu.platform.api.Money;

/**
 * A sales contract with its party. {@code quantity} and {@code unit} are the
 * contracted volume that shipments must stay within; {@code approvalLevel} is
 * derived from the amount; a breach, once recorded, stays on the record.
 */
public record Contract(
        long id,
        String number,
        long customerId,
        String title,
        Money amount,
        BigDecimal quantity,
        String unit,
        LocalDate startDate,
        LocalDate endDate,
        int paymentTermDays,
        PaymentMode paymentMode,
        ContractStatus status,
        ApprovalLevel approvalLevel,
        BigDecimal shippedQuantity,
        LocalDate breachDate,
        String breachReason,
        long version,
        Instant createdAt,
        String createdBy) {
}
