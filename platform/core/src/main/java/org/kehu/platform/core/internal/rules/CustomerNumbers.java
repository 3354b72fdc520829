package org.kehu.platform.core.internal.rules;

import java.util.regex.Pattern;

/**
 * Customer numbers: a configurable prefix, eight digits of a database sequence
 * and a Luhn check digit, e.g. {@code KH000000125}. The check digit catches a
 * mistyped digit or two swapped neighbours when a number is keyed in by hand.
 */
public final class CustomerNumbers {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,8}");

    private CustomerNumbers() {
    }

    public static void checkPrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("customer number prefix must be 1-8 upper-case letters: " + prefix);
        }
    }

    public static String format(String prefix, long sequence) {
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        String digits = String.format("%08d", sequence);
        return prefix + digits + checkDigit(digits);
    }

    public static boolean isValid(String prefix, String number) {
        if (number == null || !number.startsWith(prefix) || number.length() != prefix.length() + 9) {
            return false;
        }
        String body = number.substring(prefix.length());
        if (!body.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(body.substring(0, 8)) == body.charAt(8) - '0';
    }

    static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
