package org.kehu.platform.api;

import java.util.List;

/**
 * A customer search. {@code q} matches the start of the name or of the customer
 * number; the other filters match exactly. {@code sort} is a field name
 * ({@code number}, {@code name}, {@code createdAt}, {@code updatedAt}), prefixed
 * with {@code -} for descending order. {@code grades} filters by current grade,
 * each entry written {@code <policy id>:<grade>} (e.g. {@code abc:A}): entries of
 * one policy are alternatives, entries of different policies must all hold.
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
        String sort,
        List<String> grades) {

    public CustomerQuery {
        grades = grades == null ? List.of() : List.copyOf(grades.stream().filter(g -> g != null).toList());
    }

    /** A search without grade filter. */
    public CustomerQuery(String q, PartyType type, String industry, String region, LifecycleStatus status,
            String owner, int page, int size, String sort) {
        this(q, type, industry, region, status, owner, page, size, sort, List.of());
    }

    public static CustomerQuery all(int page, int size) {
        return new CustomerQuery(null, null, null, null, null, null, page, size, null);
    }
}
