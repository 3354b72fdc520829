package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ValidationException;

/** Collects every field error of one request, so that the caller learns all of them at once. */
public final class Violations {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Checks a required text: present, not blank, at most {@code max} characters. */
    public boolean requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        return maxLength(field, value, max);
    }

    public boolean require(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    public boolean maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "must be at most " + max + " characters");
            return false;
        }
        return true;
    }

    public boolean matches(String field, String value, Pattern pattern, String expectation) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, "must be " + expectation);
            return false;
        }
        return true;
    }

    /** Checks a money value: an amount that is not negative, at most two decimals, and a three-letter currency. */
    public boolean money(String field, Money money, boolean allowNegative) {
        if (money == null) {
            return true;
        }
        boolean ok = true;
        BigDecimal amount = money.amount();
        if (amount == null) {
            add(field + ".amount", "is required");
            ok = false;
        } else {
            if (!allowNegative && amount.signum() < 0) {
                add(field + ".amount", "must not be negative");
                ok = false;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                add(field + ".amount", "must have at most 2 decimals");
                ok = false;
            }
            if (amount.abs().compareTo(new BigDecimal("1E17")) >= 0) {
                add(field + ".amount", "is too large");
                ok = false;
            }
        }
        if (money.currency() != null && !CURRENCY.matcher(money.currency()).matches()) {
            add(field + ".currency", "must be a three-letter ISO 4217 code such as CNY");
            ok = false;
        }
        return ok;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
