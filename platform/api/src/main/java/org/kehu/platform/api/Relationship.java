package org.kehu.platform.api;

import java.time.Instant;
import java.time.LocalDate;

/** A typed relationship from one party to another. */
public record Relationship(
        long id,
        RelationshipType type,
        long fromId,
        String fromNumber,
        String fromName,
        long toId,
        String toNumber,
        String toName,
        LocalDate since,
        String note,
        Instant createdAt,
        String createdBy) {
}
