package org.kehu.platform.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.kehu.platform.api.Money;

/** Arithmetic on money amounts: two decimals, half-up, never {@code null}. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal scale(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal nz(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    public static Money money(BigDecimal amount, String currency) {
        return new Money(scale(amount), currency);
    }

    /** {@code part / whole} to four decimals, {@code null} when the whole is zero. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return nz(part).divide(whole, 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
