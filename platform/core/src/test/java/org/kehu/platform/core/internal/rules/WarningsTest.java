package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.ledger.CreditWarning;
import org.kehu.platform.api.ledger.WarningKind;

class WarningsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final BigDecimal SHARE = new BigDecimal("0.90");
    private static final int DAYS = 15;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A position with a limit and exposure split over open invoices, uninvoiced and unshipped goods. */
    private static CreditPosition exposure(String annual, String temporary, String openInvoices, String uninvoiced,
            String unshipped) {
        return new CreditPosition(7L, d(annual), d(temporary), null, d(openInvoices), d(uninvoiced), d(unshipped),
                BigDecimal.ZERO, null, BigDecimal.ZERO, null, null, BigDecimal.ZERO);
    }

    private static CreditPosition overdue(String amount, Integer days) {
        return new CreditPosition(7L, d("1000000"), BigDecimal.ZERO, null, d(amount), BigDecimal.ZERO, BigDecimal.ZERO,
                d(amount), days, BigDecimal.ZERO, null, null, BigDecimal.ZERO);
    }

    private static CreditPosition temporary(String amount, LocalDate expiry) {
        return new CreditPosition(7L, d("1000000"), d(amount), null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, null, d(amount), expiry, null, BigDecimal.ZERO);
    }

    private static List<CreditWarning> warn(CreditPosition p) {
        return Warnings.of(p, "C0007", "Acme", SHARE, DAYS, TODAY, "CNY");
    }

    private static List<WarningKind> kinds(CreditPosition p) {
        return warn(p).stream().map(CreditWarning::kind).toList();
    }

    private static Optional<CreditWarning> find(List<CreditWarning> ws, WarningKind kind) {
        return ws.stream().filter(w -> w.kind() == kind).findFirst();
    }

    @Test
    void cleanPositionRaisesNothing() {
        assertEquals(List.of(), kinds(exposure("1000000", "0", "100000", "0", "0")));
        assertEquals(List.of(), kinds(CreditPosition.empty(7L)));
    }

    @Test
    void exactlyNinetyPercentIsNearLimit() {
        List<CreditWarning> ws = warn(exposure("1000000", "0", "400000", "300000", "200000"));
        assertEquals(1, ws.size());
        CreditWarning w = ws.get(0);
        assertEquals(WarningKind.EXPOSURE_NEAR_LIMIT, w.kind());
        assertEquals(7L, w.customerId());
        assertEquals("C0007", w.customerNumber());
        assertEquals("Acme", w.customerName());
        assertEquals(new Money(d("900000.00"), "CNY"), w.amount());
        assertNull(w.days());
        assertEquals(TODAY, w.date());
        assertEquals("Exposure of 900000.00 is 90% of the limit of 1000000.00", w.message());
    }

    @Test
    void justBelowNinetyPercentIsNothing() {
        // 899,900 / 1,000,000 = 89.99%
        assertEquals(List.of(), kinds(exposure("1000000", "0", "899900", "0", "0")));
        assertEquals(List.of(), kinds(exposure("1000000", "0", "899999.99", "0", "0")));
    }

    @Test
    void temporaryCreditCountsTowardsTheLimit() {
        // limit 800,000 + 200,000; exposure 899,999.99 -> below 90%
        assertEquals(List.of(), kinds(exposure("800000", "200000", "899999.99", "0", "0")));
        // without the temporary credit the same exposure is over the limit
        assertEquals(List.of(WarningKind.EXPOSURE_OVER_LIMIT), kinds(exposure("800000", "0", "899999.99", "0", "0")));
    }

    @Test
    void exactlyAtTheLimitIsNearNotOver() {
        List<CreditWarning> ws = warn(exposure("1000000", "0", "0", "0", "1000000"));
        assertEquals(List.of(WarningKind.EXPOSURE_NEAR_LIMIT), ws.stream().map(CreditWarning::kind).toList());
        assertTrue(ws.get(0).message().contains("100%"), ws.get(0).message());
    }

    @Test
    void aboveTheLimitIsOverAndNotNear() {
        List<CreditWarning> ws = warn(exposure("1000000", "0", "1000000", "0.01", "0"));
        assertEquals(List.of(WarningKind.EXPOSURE_OVER_LIMIT), ws.stream().map(CreditWarning::kind).toList());
        assertEquals(new Money(d("1000000.01"), "CNY"), ws.get(0).amount());
        assertEquals("Exposure of 1000000.01 is above the limit of 1000000.00", ws.get(0).message());
    }

    @Test
    void exposureWithoutAnyLimitIsOver() {
        List<CreditWarning> ws = warn(exposure("0", "0", "0", "0", "0.01"));
        assertEquals(List.of(WarningKind.EXPOSURE_OVER_LIMIT), ws.stream().map(CreditWarning::kind).toList());
        assertEquals("Exposure of 0.01 without any credit limit", ws.get(0).message());
    }

    @Test
    void noExposureAndNoLimitIsNothing() {
        assertEquals(List.of(), kinds(exposure("0", "0", "0", "0", "0")));
    }

    @Test
    void configuredShare() {
        List<CreditWarning> ws = Warnings.of(exposure("1000000", "0", "750000", "0", "0"), "C0007", "Acme", d("0.75"), DAYS,
                TODAY, "CNY");
        assertEquals(WarningKind.EXPOSURE_NEAR_LIMIT, ws.get(0).kind());
        assertEquals(List.of(), Warnings.of(exposure("1000000", "0", "749999.99", "0", "0"), "C0007", "Acme", d("0.75"), DAYS,
                TODAY, "CNY"));
    }

    @Test
    void overdueCarriesAmountAndDays() {
        List<CreditWarning> ws = warn(overdue("1234.5", 45));
        assertEquals(List.of(WarningKind.OVERDUE), ws.stream().map(CreditWarning::kind).toList());
        CreditWarning w = ws.get(0);
        assertEquals(new Money(d("1234.50"), "CNY"), w.amount());
        assertEquals(45, w.days());
        assertEquals(TODAY, w.date());
        assertEquals("1234.50 overdue, the oldest for 45 days", w.message());
    }

    @Test
    void oneDayOverdueIsOverdue() {
        CreditWarning w = find(warn(overdue("0.01", 1)), WarningKind.OVERDUE).orElseThrow();
        assertEquals(1, w.days());
        assertEquals(new Money(d("0.01"), "CNY"), w.amount());
    }

    @Test
    void nothingOverdueIsNoWarning() {
        assertTrue(find(warn(overdue("0", null)), WarningKind.OVERDUE).isEmpty());
    }

    @Test
    void temporaryCreditExpiringWithinTheWindow() {
        for (int left : new int[] {0, 1, 14, 15}) {
            LocalDate expiry = TODAY.plusDays(left);
            List<CreditWarning> ws = warn(temporary("200000", expiry));
            assertEquals(List.of(WarningKind.TEMPORARY_CREDIT_EXPIRING), ws.stream().map(CreditWarning::kind).toList(),
                    "days left " + left);
            CreditWarning w = ws.get(0);
            assertEquals(left, w.days());
            assertEquals(expiry, w.date());
            assertEquals(new Money(d("200000.00"), "CNY"), w.amount());
            assertEquals("Temporary credit of 200000.00 expires on " + expiry + " (in " + left + " days)", w.message());
        }
    }

    @Test
    void temporaryCreditOutsideTheWindow() {
        assertEquals(List.of(), kinds(temporary("200000", TODAY.plusDays(16))));
        assertEquals(List.of(), kinds(temporary("200000", TODAY.plusDays(365))));
        assertEquals(List.of(), kinds(temporary("200000", TODAY.minusDays(1))));
        assertEquals(List.of(), kinds(temporary("200000", null)));
    }

    @Test
    void temporaryWindowIsConfigurable() {
        CreditPosition p = temporary("1000", TODAY.plusDays(3));
        assertEquals(1, Warnings.of(p, "C0007", "Acme", SHARE, 3, TODAY, "CNY").size());
        assertEquals(0, Warnings.of(p, "C0007", "Acme", SHARE, 2, TODAY, "CNY").size());
        assertEquals(0, Warnings.of(p, "C0007", "Acme", SHARE, 0, TODAY, "CNY").size());
        assertEquals(1, Warnings.of(temporary("1000", TODAY), "C0007", "Acme", SHARE, 0, TODAY, "CNY").size());
    }

    @Test
    void breach() {
        LocalDate breach = LocalDate.of(2025, 11, 3);
        CreditPosition p = new CreditPosition(7L, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, null, breach, BigDecimal.ZERO);
        List<CreditWarning> ws = warn(p);
        assertEquals(List.of(WarningKind.CONTRACT_BREACH), ws.stream().map(CreditWarning::kind).toList());
        CreditWarning w = ws.get(0);
        assertNull(w.amount());
        assertNull(w.days());
        assertEquals(breach, w.date());
        assertEquals("Breached a contract on 2025-11-03", w.message());
    }

    @Test
    void everythingAtOnce() {
        CreditPosition p = new CreditPosition(7L, d("100"), d("50"), null, d("200"), BigDecimal.ZERO, BigDecimal.ZERO,
                d("80"), 10, d("50"), TODAY.plusDays(2), LocalDate.of(2024, 1, 1), BigDecimal.ZERO);
        assertEquals(List.of(WarningKind.EXPOSURE_OVER_LIMIT, WarningKind.OVERDUE, WarningKind.TEMPORARY_CREDIT_EXPIRING,
                WarningKind.CONTRACT_BREACH), kinds(p));
    }

    @Test
    void currencyIsUsed() {
        CreditWarning w = Warnings.of(overdue("10", 3), "C0007", "Acme", SHARE, DAYS, TODAY, "EUR").get(0);
        assertEquals("EUR", w.amount().currency());
    }
}
