package org.kehu.platform.api;

/**
 * The caller is authenticated but may not do this: a workflow transition reserved
 * to other roles, for example. The message says which roles may.
 */
public class ForbiddenException extends PlatformException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
