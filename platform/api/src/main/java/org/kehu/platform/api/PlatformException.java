package org.kehu.platform.api;

/** Base of the exceptions the platform services throw for the caller's mistakes. */
public abstract class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected PlatformException(String message) {
        super(message);
    }
}
