package org.kehu.platform.core.internal.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.spi.Grader;

class ValueTierPolicyTest {

    private static Recorder.Assigned grade(Map<String, String> settings, String revenue, String cost) {
        Grader g = new ValueTierPolicy().grader("2026", settings);
        Recorder r = new Recorder();
        g.accept(Recorder.subject(1, revenue, cost, null), r);
        g.finish(r);
        return r.byCustomer.get(1L);
    }

    private static Recorder.Assigned grade(String revenue, String cost) {
        return grade(Map.of(), revenue, cost);
    }

    @Test
    void strategicAtTheRevenueAndMarginFloors() {
        Recorder.Assigned a = grade("10000000.00", "8500000.00");
        assertEquals("STRATEGIC", a.grade());
        assertEquals(new BigDecimal("10000000.00"), a.figures().get("revenue"));
        assertEquals(new BigDecimal("0.15"), a.figures().get("strategicGrossMarginMinimum"));
        assertTrue(a.reason().contains("at least 10000000"), a.reason());
    }

    @Test
    void strategicRevenueBelowTheMarginFloorIsPartner() {
        Recorder.Assigned a = grade("20000000.00", "17002000.00");
        assertEquals("PARTNER", a.grade());
        assertTrue(a.reason().contains("below the strategic floor"), a.reason());
    }

    @Test
    void partnerBand() {
        assertEquals("PARTNER", grade("5000000.00", "4000000.00").grade());
        assertEquals("PARTNER", grade("9999999.99", "1000000.00").grade());
    }

    @Test
    void commercialBand() {
        assertEquals("COMMERCIAL", grade("1000000.00", "900000.00").grade());
        Recorder.Assigned a = grade("4999999.99", "0");
        assertEquals("COMMERCIAL", a.grade());
        assertTrue(a.reason().contains("at least 1000000"), a.reason());
    }

    @Test
    void belowCommercialIsGeneral() {
        Recorder.Assigned a = grade("999999.99", "0");
        assertEquals("GENERAL", a.grade());
        assertTrue(a.reason().contains("below 1000000"), a.reason());
        assertEquals("GENERAL", grade("0", "0").grade());
    }

    @Test
    void thresholdsComeFromTheSettings() {
        Map<String, String> s = Map.of("strategic.revenue.minimum", "300", "strategic.grossMargin.minimum", "0.5",
                "partner.revenue.minimum", "200", "commercial.revenue.minimum", "100");
        assertEquals("STRATEGIC", grade(s, "300", "150").grade());
        assertEquals("PARTNER", grade(s, "300", "151").grade());
        assertEquals("PARTNER", grade(s, "200", "200").grade());
        assertEquals("COMMERCIAL", grade(s, "100", "0").grade());
        assertEquals("GENERAL", grade(s, "99.99", "0").grade());
        assertThrows(IllegalArgumentException.class,
                () -> new ValueTierPolicy().grader("2026", Map.of("partner.revenue.minimum", "20000000")));
        assertThrows(IllegalArgumentException.class,
                () -> new ValueTierPolicy().grader("2026", Map.of("strategic.grossMargin.minimum", "1.2")));
    }
}
