package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kehu.platform.api.Money;

/**
 * A new contract. {@code number} is optional (generated when absent, unique
 * when given); {@code status}, when given, must be {@code DRAFT}: a contract
 * becomes {@code ACTIVE} only once its approval workflow approved it;
 * {@code paymentTermDays} defaults to the customer's credit
 * term, {@code paymentMode} to {@code CREDIT}.
 */
public record ContractDraft(
        long customerId,
        String number,
        String title,
        Money amount,
        BigDecimal quantity,
        String unit,
        LocalDate startDate,
        LocalDate endDate,
        Integer paymentTermDays,
        PaymentMode paymentMode,
        ContractStatus status) {
}
