package org.kehu.platform.api.security;

/** The caller could not be authenticated. The message never says which part was wrong. */
public class AuthenticationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException() {
        super("Authentication required");
    }
}
