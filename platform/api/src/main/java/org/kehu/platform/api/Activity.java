package org.kehu.platform.api;

import java.time.Instant;
import java.time.LocalDateTime;

/** An interaction with a customer: visit, call, service record, complaint or suggestion. */
public record Activity(
        long id,
        long customerId,
        ActivityType type,
        ActivityDirection direction,
        LocalDateTime occurredAt,
        String staff,
        Long contactId,
        String subject,
        String content,
        String outcome,
        Instant createdAt,
        String createdBy) {
}
