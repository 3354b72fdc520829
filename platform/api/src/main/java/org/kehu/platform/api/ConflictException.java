package org.kehu.platform.api;

/**
 * The request conflicts with the current state: a stale {@code version}, a
 * duplicate, or a transition the current state does not allow.
 */
public class ConflictException extends PlatformException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
