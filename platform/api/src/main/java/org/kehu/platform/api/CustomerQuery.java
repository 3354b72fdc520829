package org.kehu.platform.api;

/**
 * A customer search. {@code q} matches the start of the name or of the customer
 * number; the other filters match exactly. {@code sort} is a field name
 * ({@code number}, {@code name}, {@code createdAt}, {@code updatedAt}), prefixed
 * with {@code -} for descending order.
 */
public record CustomerQuery(
        String q,
        PartyType type,
        String industry,
        String region,
        LifecycleStatus status,
        String owner,
        int page,
        int size,
        String sort) {

    public static CustomerQuery all(int page, int size) {
        return new CustomerQuery(null, null, null, null, null, null, page, size, null);
    }
}
