package org.kehu.platform.api.security;

import org.kehu.platform.api.Actor;

/**
 * Checks a user's credentials against the platform's JAAS realm (Karaf's
 * {@code karaf} realm, backed by {@code etc/users.properties} by default).
 * Front ends call it for every request; it keeps no session.
 */
public interface Authenticator {

    /** The JAAS realm name. */
    String REALM = "karaf";

    /**
     * @return the authenticated actor with its roles
     * @throws AuthenticationFailedException when the credentials are wrong or missing
     */
    Actor authenticate(String user, char[] password, String clientAddress);
}
