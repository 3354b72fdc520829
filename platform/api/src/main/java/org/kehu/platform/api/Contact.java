package org.kehu.platform.api;

import java.util.List;

/** A contact person of a customer, with the anniversaries to remember. */
public record Contact(
        long id,
        long customerId,
        String name,
        String title,
        String phone,
        String email,
        boolean primary,
        List<Anniversary> anniversaries,
        long version) {
}
