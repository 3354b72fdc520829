package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class UninvoicedTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 10);
    private static final LocalDate D3 = LocalDate.of(2026, 3, 20);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void assertAmount(String expected, Uninvoiced u) {
        assertEquals(0, d(expected).compareTo(u.amount()), () -> "expected " + expected + " but was " + u.amount());
    }

    @Test
    void nothingShippedNothingOpen() {
        assertAmount("0", new Uninvoiced().invoiced(D1, d("100"), null));
    }

    @Test
    void anInvoiceAfterTheShipmentBillsIt() {
        assertAmount("0", new Uninvoiced().shipped(1, D1, d("100")).invoiced(D2, d("100"), null));
        assertAmount("40", new Uninvoiced().shipped(1, D1, d("100")).invoiced(D2, d("60"), null));
    }

    @Test
    void anInvoiceOnTheShipmentDayBillsIt() {
        assertAmount("0", new Uninvoiced().shipped(1, D2, d("100")).invoiced(D2, d("100"), null));
    }

    @Test
    void anInvoiceBeforeTheShipmentBillsEarlierGoods() {
        assertAmount("100", new Uninvoiced().invoiced(D1, d("100"), null).shipped(1, D2, d("100")));
    }

    @Test
    void surplusIsNotCarriedToLaterShipments() {
        Uninvoiced u = new Uninvoiced().shipped(1, D1, d("50")).invoiced(D2, d("80"), null).shipped(2, D3, d("70"));
        assertAmount("70", u);
    }

    @Test
    void unnamedInvoicesBillTheOldestShipmentsFirst() {
        Uninvoiced u = new Uninvoiced().shipped(2, D2, d("30")).shipped(1, D1, d("50")).invoiced(D3, d("60"), null);
        assertAmount("20", u);
    }

    @Test
    void anInvoiceNamingAShipmentBillsThatShipmentWhateverItsDate() {
        Uninvoiced u = new Uninvoiced().shipped(1, D1, d("50")).shipped(2, D3, d("70")).invoiced(D1, d("70"), 2L);
        assertAmount("50", u);
    }

    @Test
    void aNamedInvoiceNeverBillsMoreThanItsShipment() {
        Uninvoiced u = new Uninvoiced().shipped(1, D1, d("50")).shipped(2, D2, d("70")).invoiced(D3, d("90"), 1L);
        assertAmount("70", u);
    }

    @Test
    void anInvoiceNamingAShipmentOutsideThePoolBillsNothingHere() {
        Uninvoiced u = new Uninvoiced().shipped(1, D1, d("50")).invoiced(D2, d("50"), 99L);
        assertAmount("50", u);
    }
}
