package org.kehu.platform.api;

/** The record asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends PlatformException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
