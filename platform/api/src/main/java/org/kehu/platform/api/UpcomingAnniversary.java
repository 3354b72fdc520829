package org.kehu.platform.api;

import java.time.LocalDate;

/**
 * An anniversary that falls in a queried period. {@code contactId} and
 * {@code contactName} are {@code null} when the anniversary is the customer's own
 * (an organization's founding day, a person's birthday). {@code occursOn} is the
 * date in the period, {@code years} how many years it marks.
 */
public record UpcomingAnniversary(
        long customerId,
        String customerNumber,
        String customerName,
        String owner,
        Long contactId,
        String contactName,
        AnniversaryKind kind,
        String label,
        LocalDate date,
        LocalDate occursOn,
        int years) {
}
