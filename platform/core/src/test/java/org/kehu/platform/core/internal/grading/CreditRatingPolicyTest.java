package org.kehu.platform.core.internal.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.spi.Grader;

class CreditRatingPolicyTest {

    private static Recorder.Assigned grade(Map<String, String> settings, String open, String overdue, Integer days) {
        Grader g = new CreditRatingPolicy().grader("2026", settings);
        Recorder r = new Recorder();
        Subject s = new Subject();
        s.customerId = 1;
        s.openReceivables = open == null ? null : new BigDecimal(open);
        s.overdueReceivables = overdue == null ? null : new BigDecimal(overdue);
        s.oldestOverdueDays = days;
        g.accept(s, r);
        g.finish(r);
        return r.byCustomer.get(1L);
    }

    private static Recorder.Assigned grade(String open, String overdue, Integer days) {
        return grade(Map.of(), open, overdue, days);
    }

    @Test
    void nothingOverdueIsA() {
        Recorder.Assigned a = grade("50000.00", "0.00", null);
        assertEquals("A", a.grade());
        assertTrue(a.reason().contains("Nothing overdue"), a.reason());
        assertEquals(new BigDecimal("50000.00"), a.figures().get("openReceivables"));
        assertEquals("A", grade(null, null, null).grade());
    }

    @Test
    void bAtItsLimitsIncluded() {
        Recorder.Assigned a = grade("100000.00", "10000.00", 30);
        assertEquals("B", a.grade());
        assertEquals(new BigDecimal("0.1000"), a.figures().get("overdueShare"));
        assertEquals(new BigDecimal("30"), a.figures().get("oldestOverdueDays"));
        assertEquals(new BigDecimal("0.10"), a.figures().get("bOverdueShareMaximum"));
        assertTrue(a.reason().contains("10%") && a.reason().contains("30 days"), a.reason());
    }

    @Test
    void justBeyondBIsC() {
        assertEquals("C", grade("100000.00", "10010.00", 1).grade());
        assertEquals("C", grade("100000.00", "100.00", 31).grade());
        Recorder.Assigned a = grade("100000.00", "30000.00", 90);
        assertEquals("C", a.grade());
        assertTrue(a.reason().contains("30%") && a.reason().contains("90 days"), a.reason());
    }

    @Test
    void beyondCIsD() {
        assertEquals("D", grade("100000.00", "30010.00", 1).grade());
        Recorder.Assigned a = grade("100000.00", "100.00", 91);
        assertEquals("D", a.grade());
        assertTrue(a.reason().contains(": D"), a.reason());
    }

    @Test
    void overdueWithoutOpenReceivablesCountsAsAllOverdue() {
        Recorder.Assigned a = grade("0", "100.00", 5);
        assertEquals("D", a.grade());
        assertEquals(BigDecimal.ONE, a.figures().get("overdueShare"));
    }

    @Test
    void overdueOfUnknownAgeCountsAsZeroDays() {
        assertEquals("B", grade("100000.00", "5000.00", null).grade());
    }

    @Test
    void thresholdsComeFromTheSettings() {
        Map<String, String> s = Map.of("B.overdueShare.maximum", "0.05", "B.overdueDays.maximum", "10",
                "C.overdueShare.maximum", "0.50", "C.overdueDays.maximum", "180");
        assertEquals("C", grade(s, "100000.00", "10000.00", 30).grade());
        assertEquals("B", grade(s, "100000.00", "5000.00", 10).grade());
        assertEquals("C", grade(s, "100000.00", "50000.00", 180).grade());
        assertThrows(IllegalArgumentException.class,
                () -> new CreditRatingPolicy().grader("2026", Map.of("B.overdueDays.maximum", "100")));
        assertThrows(IllegalArgumentException.class,
                () -> new CreditRatingPolicy().grader("2026", Map.of("C.overdueShare.maximum", "1.5")));
    }
}
