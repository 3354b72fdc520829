package org.kehu.platform.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.ValidationException;

/**
 * Parses query parameters, collecting every bad one, so that a wrong value is a
 * 400 naming the parameter (JAX-RS itself would answer 404).
 */
final class QueryParams {

    private final List<FieldError> errors = new ArrayList<>();

    int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return defaultValue;
        }
    }

    /** A whole number such as an id; {@code null} when absent and not required. */
    Long longInteger(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(name, "is required"));
            }
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return null;
        }
    }

    /** {@code true} or {@code false}, in any case; {@code defaultValue} when absent. */
    boolean bool(String name, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        errors.add(new FieldError(name, "must be true or false"));
        return defaultValue;
    }

    /** A required four-digit year; 0 when missing or invalid (the error is collected). */
    int year(String name, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "is required (yyyy)"));
            return 0;
        }
        String v = value.strip();
        if (!v.matches("[0-9]{4}")) {
            errors.add(new FieldError(name, "must be a year as yyyy"));
            return 0;
        }
        return Integer.parseInt(v);
    }

    <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    LocalDate date(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(name, "is required (yyyy-MM-dd)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date as yyyy-MM-dd"));
            return null;
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
