package org.kehu.platform.api.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kehu.platform.api.Money;

/**
 * Money received from a paying party ({@code customerId}), applied to invoices;
 * what is not applied stays on account ({@code unapplied}).
 */
public record Payment(
        long id,
        String number,
        long customerId,
        LocalDate receivedDate,
        Money amount,
        Money unapplied,
        List<PaymentAllocation> allocations,
        Instant createdAt,
        String createdBy) {

    public Payment {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }
}
