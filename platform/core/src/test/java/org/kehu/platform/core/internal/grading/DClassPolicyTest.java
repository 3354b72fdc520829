package org.kehu.platform.core.internal.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.spi.Grader;

class DClassPolicyTest {

    private static Recorder.Assigned grade(Map<String, String> settings, String revenue, String cost, String cashShare) {
        Grader g = new DClassPolicy().grader("2026", settings);
        Recorder r = new Recorder();
        g.accept(Recorder.subject(1, revenue, cost, cashShare), r);
        g.finish(r);
        return r.byCustomer.get(1L);
    }

    private static Recorder.Assigned grade(String revenue, String cost, String cashShare) {
        return grade(Map.of(), revenue, cost, cashShare);
    }

    @Test
    void grossProfitAtTheMinimumIsOk() {
        Recorder.Assigned a = grade("1000000.00", "900000.00", "0");
        assertEquals("OK", a.grade());
        assertEquals(new BigDecimal("100000.00"), a.figures().get("grossProfit"));
        assertTrue(a.reason().contains("at least 100000"), a.reason());
    }

    @Test
    void grossProfitBelowTheMinimumOnCreditIsD() {
        Recorder.Assigned a = grade("500000.00", "400000.01", "0");
        assertEquals("D", a.grade());
        assertEquals(false, a.figures().get("exempt"));
        assertEquals(new BigDecimal("100000"), a.figures().get("grossProfitMinimum"));
        assertTrue(a.reason().contains("below 100000"), a.reason());
    }

    @Test
    void cashOnDeliveryWithAGoodMarginIsExempt() {
        // margin 20% > 15%, all cash on delivery
        Recorder.Assigned a = grade("100000.00", "80000.00", "1");
        assertEquals("OK", a.grade());
        assertEquals(true, a.figures().get("exempt"));
        assertTrue(a.reason().contains("cash on delivery"), a.reason());
        // exactly half cash on delivery is enough
        assertEquals("OK", grade("100000.00", "80000.00", "0.5").grade());
    }

    @Test
    void theExemptionNeedsBothCashAndMargin() {
        // margin exactly 15% is not above 15%
        assertEquals("D", grade("100000.00", "85000.00", "1").grade());
        // good margin, but less than half cash on delivery
        assertEquals("D", grade("100000.00", "80000.00", "0.4999").grade());
    }

    @Test
    void negativeGrossProfitIsToBeEliminatedEvenOnCashOnDelivery() {
        Recorder.Assigned a = grade("100000.00", "100000.01", "1");
        assertEquals("X", a.grade());
        assertTrue(a.reason().contains("to be eliminated"), a.reason());
    }

    @Test
    void noSalesIsD() {
        Recorder.Assigned a = grade("0", "0", null);
        assertEquals("D", a.grade());
    }

    @Test
    void thresholdsComeFromTheSettings() {
        Map<String, String> s = Map.of("grossProfit.minimum", "50000", "cashOnDelivery.minimumShare", "0.9",
                "grossMargin.above", "0.10");
        assertEquals("OK", grade(s, "500000.00", "440000.00", "0").grade());
        assertEquals("D", grade(s, "100000.00", "60000.00", "0.8").grade());
        assertEquals("OK", grade(s, "40000.00", "35000.00", "0.95").grade());
        assertThrows(IllegalArgumentException.class, () -> new DClassPolicy().grader("2026", Map.of("grossMargin.above", "2")));
    }
}
