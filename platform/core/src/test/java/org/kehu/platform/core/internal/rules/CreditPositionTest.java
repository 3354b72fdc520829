package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.ledger.CreditListType;

class CreditPositionTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static CreditPosition position(String annual, String temporary, String openInvoices, String uninvoiced,
            String unshipped) {
        return new CreditPosition(1L, d(annual), d(temporary), null, d(openInvoices), d(uninvoiced), d(unshipped),
                BigDecimal.ZERO, null, BigDecimal.ZERO, null, null, BigDecimal.ZERO);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void limitIsAnnualPlusTemporary() {
        assertAmount("1200000", position("1000000", "200000", "0", "0", "0").limit());
        assertAmount("200000", position("0", "200000", "0", "0", "0").limit());
    }

    @Test
    void receivablesAreOpenInvoicesPlusUninvoicedShipments() {
        CreditPosition p = position("1000000", "0", "300000", "50000", "70000");
        assertAmount("350000", p.receivables());
    }

    @Test
    void exposureIsOpenInvoicesPlusUninvoicedPlusUnshipped() {
        CreditPosition p = position("1000000", "0", "300000", "50000", "70000");
        assertAmount("420000", p.exposure());
        assertAmount("580000", p.available());
        assertEquals(d("0.4200"), p.utilization());
        // each component counts
        assertAmount("1", position("0", "0", "1", "0", "0").exposure());
        assertAmount("1", position("0", "0", "0", "1", "0").exposure());
        assertAmount("1", position("0", "0", "0", "0", "1").exposure());
    }

    @Test
    void availableIsNeverNegative() {
        assertAmount("0", position("1000000", "0", "900000", "100000", "0").available());
        assertAmount("0", position("1000000", "0", "900000", "100000", "0.01").available());
        assertAmount("0", position("0", "0", "5", "0", "0").available());
        assertAmount("0.01", position("1000000", "0", "999999.99", "0", "0").available());
    }

    @Test
    void utilizationToFourDecimalsAndNullWithoutLimit() {
        assertEquals(d("1.5000"), position("100", "0", "150", "0", "0").utilization());
        assertEquals(d("0.3333"), position("3", "0", "1", "0", "0").utilization());
        assertEquals(d("0.6667"), position("3", "0", "2", "0", "0").utilization());
        assertEquals(d("0.0000"), position("100", "0", "0", "0", "0").utilization());
        assertNull(position("0", "0", "150", "0", "0").utilization());
        assertNull(position("0", "0", "0", "0", "0").utilization());
    }

    @Test
    void empty() {
        CreditPosition p = CreditPosition.empty(42L);
        assertEquals(42L, p.customerId());
        assertAmount("0", p.limit());
        assertAmount("0", p.exposure());
        assertAmount("0", p.available());
        assertNull(p.utilization());
        assertFalse(p.hasAnything());
    }

    @Test
    void hasAnything() {
        assertTrue(position("1", "0", "0", "0", "0").hasAnything());
        assertTrue(position("0", "1", "0", "0", "0").hasAnything());
        assertTrue(position("0", "0", "0", "0", "1").hasAnything());
        assertTrue(new CreditPosition(1L, BigDecimal.ZERO, BigDecimal.ZERO, CreditListType.WHITE, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, null, null, BigDecimal.ZERO).hasAnything());
        assertTrue(new CreditPosition(1L, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, null, LocalDate.of(2025, 3, 1), BigDecimal.ZERO).hasAnything());
    }
}
