package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CreditRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final BigDecimal LIMIT = new BigDecimal("500000.00");

    @Test
    void aFutureLimitCannotReplaceOneInForceToday() {
        String why = CreditRules.nextLimitTooEarly(LIMIT, YEAR_START, YEAR_END, LocalDate.of(2027, 1, 1), TODAY);
        assertEquals("A limit starting 2027-01-01 would replace the current limit of 500000.00 and leave no credit until then:"
                + " the current limit runs until 2026-12-31; record the next one once it applies", why);
        assertTrue(CreditRules.nextLimitTooEarly(LIMIT, YEAR_START, YEAR_END, TODAY.plusDays(1), TODAY) != null);
        assertTrue(CreditRules.nextLimitTooEarly(LIMIT, null, null, TODAY.plusDays(1), TODAY).contains("until further notice"));
    }

    @Test
    void aLimitStartingTodayOrEarlierReplacesTheCurrentOne() {
        assertNull(CreditRules.nextLimitTooEarly(LIMIT, YEAR_START, YEAR_END, TODAY, TODAY));
        assertNull(CreditRules.nextLimitTooEarly(LIMIT, YEAR_START, YEAR_END, YEAR_START, TODAY));
    }

    @Test
    void aFutureLimitMayReplaceAZeroLimit() {
        assertNull(CreditRules.nextLimitTooEarly(BigDecimal.ZERO, YEAR_START, YEAR_END, LocalDate.of(2027, 1, 1), TODAY));
        assertNull(CreditRules.nextLimitTooEarly(new BigDecimal("0.00"), null, null, LocalDate.of(2027, 1, 1), TODAY));
    }

    @Test
    void aFutureLimitMayReplaceOneNotInForceToday() {
        // expired yesterday
        assertNull(CreditRules.nextLimitTooEarly(LIMIT, YEAR_START, TODAY.minusDays(1), TODAY.plusDays(10), TODAY));
        // itself still to start
        assertNull(CreditRules.nextLimitTooEarly(LIMIT, TODAY.plusDays(1), YEAR_END, TODAY.plusDays(10), TODAY));
        // in force up to and including today: still in force
        assertTrue(CreditRules.nextLimitTooEarly(LIMIT, YEAR_START, TODAY, TODAY.plusDays(1), TODAY) != null);
        assertTrue(CreditRules.nextLimitTooEarly(LIMIT, TODAY, YEAR_END, TODAY.plusDays(1), TODAY) != null);
    }

    @Test
    void aLongerTermIsMoreCredit() {
        assertTrue(CreditRules.isLongerTerm(30, 31));
        assertFalse(CreditRules.isLongerTerm(30, 30));
        assertFalse(CreditRules.isLongerTerm(30, 0));
    }
}
