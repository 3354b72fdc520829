package org.kehu.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the authenticated user name, the roles granted by the JAAS
 * realm and the client address the call came from (may be {@code null} for
 * calls from inside the runtime, e.g. shell commands).
 */
public record Actor(String user, Set<String> roles, String clientAddress) {

    /** The actor used by the platform itself (demo data, scheduled jobs). */
    public static final Actor SYSTEM = new Actor("system", Set.of("admin"), null);

    public Actor {
        Objects.requireNonNull(user, "user");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
