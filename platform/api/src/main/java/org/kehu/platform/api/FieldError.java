package org.kehu.platform.api;

/** One rejected input field: its path in the request (e.g. {@code organization.creditCode}) and why. */
public record FieldError(String field, String message) {
}
