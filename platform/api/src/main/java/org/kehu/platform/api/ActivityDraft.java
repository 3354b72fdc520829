package org.kehu.platform.api;

import java.time.LocalDateTime;

/** A new activity; {@code staff} defaults to the caller and {@code direction} to {@code OUTBOUND}. */
public record ActivityDraft(
        ActivityType type,
        ActivityDirection direction,
        LocalDateTime occurredAt,
        String staff,
        Long contactId,
        String subject,
        String content,
        String outcome) {
}
