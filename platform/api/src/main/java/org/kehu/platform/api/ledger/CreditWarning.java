package org.kehu.platform.api.ledger;

import java.time.LocalDate;

import org.kehu.platform.api.Money;

/**
 * An early warning about one customer. {@code amount} and {@code days} carry the
 * figure behind it (overdue amount and age, exposure, expiring credit and the
 * days left), {@code message} says it for people.
 */
public record CreditWarning(
        long customerId,
        String customerNumber,
        String customerName,
        WarningKind kind,
        Money amount,
        Integer days,
        LocalDate date,
        String message) {
}
