package org.kehu.platform.api.ledger;

import java.time.LocalDate;

import org.kehu.platform.api.Money;

/**
 * Changes a customer's rating, annual limit (valid from/to, by default the
 * current calendar year) and payment term. Fields left {@code null} stay as
 * they are; {@code reason} is required and goes into the history;
 * {@code version} must be the profile's current version. A limit starting
 * after today cannot replace a limit still in force today (other than zero);
 * a longer payment term, like a higher limit, is refused while the customer
 * is overdue or on the grey or black list.
 */
public record CreditUpdate(
        CreditRating rating,
        Money annualLimit,
        LocalDate validFrom,
        LocalDate validTo,
        Integer paymentTermDays,
        String reason,
        Long version) {
}
