package org.kehu.platform.api;

import java.time.LocalDate;

/**
 * A new relationship from the customer addressed by the call to {@code toId}.
 * For {@code HOLDING} and {@code EMPLOYMENT} the caller's customer is the
 * holding company or employer.
 */
public record RelationshipDraft(RelationshipType type, Long toId, LocalDate since, String note) {
}
