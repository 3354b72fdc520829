package org.kehu.platform.api.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kehu.platform.api.Money;

/** A new order; {@code number} is generated when absent, {@code orderDate} defaults to today. */
public record OrderDraft(
        long customerId,
        Long contractId,
        String number,
        LocalDate orderDate,
        BigDecimal quantity,
        Money amount) {
}
