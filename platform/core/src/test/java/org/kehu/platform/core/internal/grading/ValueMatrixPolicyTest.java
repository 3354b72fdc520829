package org.kehu.platform.core.internal.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.spi.Grader;

class ValueMatrixPolicyTest {

    private static Recorder.Assigned grade(Map<String, String> settings, String grossProfit, String attribute, Object potential) {
        Grader g = new ValueMatrixPolicy().grader("2026", settings);
        Recorder r = new Recorder();
        Subject s = new Subject();
        s.customerId = 1;
        s.grossProfit = grossProfit == null ? null : new BigDecimal(grossProfit);
        Map<String, Object> attrs = new HashMap<>();
        if (potential != null) {
            attrs.put(attribute, potential);
        }
        s.attributes = attrs;
        g.accept(s, r);
        g.finish(r);
        return r.byCustomer.get(1L);
    }

    private static Recorder.Assigned grade(String grossProfit, Object potential) {
        return grade(Map.of(), grossProfit, "potentialValue", potential);
    }

    @Test
    void highAndHighAtTheThresholdsIsDevelop() {
        Recorder.Assigned a = grade("1000000.00", new BigDecimal("1000000"));
        assertEquals("DEVELOP", a.grade());
        assertEquals(true, a.figures().get("highCurrent"));
        assertEquals(true, a.figures().get("highPotential"));
        assertEquals(new BigDecimal("1000000.00"), a.figures().get("currentValue"));
        assertTrue(a.reason().contains("at or above 1000000"), a.reason());
    }

    @Test
    void highCurrentLowPotentialIsMaintain() {
        Recorder.Assigned a = grade("2000000.00", 999999.99);
        assertEquals("MAINTAIN", a.grade());
        assertFalse((Boolean) a.figures().get("highPotential"));
    }

    @Test
    void lowCurrentHighPotentialIsCultivate() {
        Recorder.Assigned a = grade("999999.99", "5000000");
        assertEquals("CULTIVATE", a.grade());
        assertEquals(new BigDecimal("5000000"), a.figures().get("potentialValue"));
    }

    @Test
    void lowAndLowIsAbandon() {
        assertEquals("ABANDON", grade("10.00", 10).grade());
        assertEquals("ABANDON", grade(null, null).grade());
    }

    @Test
    void aMissingOrNonNumericPotentialIsLow() {
        Recorder.Assigned a = grade("5000000.00", null);
        assertEquals("MAINTAIN", a.grade());
        assertTrue(a.reason().contains("missing, taken as low"), a.reason());
        assertFalse(a.figures().containsKey("potentialValue"));
        assertEquals("MAINTAIN", grade("5000000.00", "lots").grade());
        assertEquals("MAINTAIN", grade("5000000.00", true).grade());
    }

    @Test
    void thresholdsAndTheAttributeComeFromTheSettings() {
        Map<String, String> s = Map.of("currentValue.high", "100", "potentialValue.high", "200",
                "potentialValue.attribute", "growth");
        Recorder.Assigned a = grade(s, "100", "growth", 200);
        assertEquals("DEVELOP", a.grade());
        assertEquals("growth", a.figures().get("potentialAttribute"));
        // the default attribute name is not read any more
        assertEquals("MAINTAIN", grade(s, "100", "potentialValue", 200).grade());
        assertEquals("CULTIVATE", grade(s, "99.99", "growth", 300).grade());
    }
}
