package org.kehu.platform.api;

import java.util.List;

/** The input was rejected; nothing was changed. Carries every field error found. */
public class ValidationException extends PlatformException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : "Invalid input: " + errors.get(0).field() + " " + errors.get(0).message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
