package org.kehu.platform.api;

import java.util.List;

/** What a client may write of a contact; {@code version} is required on update. */
public record ContactDraft(
        String name,
        String title,
        String phone,
        String email,
        Boolean primary,
        List<Anniversary> anniversaries,
        Long version) {
}
