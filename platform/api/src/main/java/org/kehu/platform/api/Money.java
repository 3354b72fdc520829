package org.kehu.platform.api;

import java.math.BigDecimal;

/** An amount with its ISO-4217 currency code; the currency defaults to CNY. */
public record Money(BigDecimal amount, String currency) {

    public static final String DEFAULT_CURRENCY = "CNY";

    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), DEFAULT_CURRENCY);
    }
}
