package org.kehu.platform.api;

import java.time.Instant;

public record RoleAssignment(PartyRole role, Instant assignedAt, String assignedBy) {
}
