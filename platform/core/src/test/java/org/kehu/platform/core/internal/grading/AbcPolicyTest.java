package org.kehu.platform.core.internal.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.spi.Grader;

class AbcPolicyTest {

    private static Recorder grade(Map<String, String> settings, String... revenues) {
        Grader g = new AbcPolicy().grader("2026", settings);
        Recorder r = new Recorder();
        // the engine reuses one subject: the grader must copy what it keeps; it carries only the declared figures
        Subject s = new Subject();
        s.figures = new AbcPolicy().figures();
        for (int i = 0; i < revenues.length; i++) {
            Subject fresh = Recorder.subject(i + 1, revenues[i], "0", null);
            s.customerId = fresh.customerId;
            s.revenue = fresh.revenue;
            g.accept(s, r);
        }
        assertTrue(r.byCustomer.isEmpty(), "ABC assigns only once the population is ranked");
        g.finish(r);
        assertEquals(revenues.length, r.byCustomer.size());
        return r;
    }

    private static List<String> grades(Recorder r) {
        return r.byCustomer.values().stream().map(Recorder.Assigned::grade).toList();
    }

    @Test
    void tenCustomersSplitTwentyFortyForty() {
        Recorder r = grade(Map.of(), "100", "900", "200", "800", "300", "700", "400", "600", "500", "1000");
        // ranks: 1000, 900 → A; 800..500 → B; 400..100 → C
        assertEquals(List.of("C", "A", "C", "B", "C", "B", "C", "B", "B", "A"), grades(r));
        assertEquals(new BigDecimal("1000.00"), r.byCustomer.get(10L).figures().get("revenue"));
        assertEquals(1L, r.byCustomer.get(10L).figures().get("rank"));
        assertTrue(r.byCustomer.get(10L).reason().contains("ranks 1 of 10"), r.byCustomer.get(10L).reason());
        assertTrue(r.byCustomer.get(10L).reason().contains("top 20%"), r.byCustomer.get(10L).reason());
    }

    @Test
    void customersWithoutRevenueAreCAndDoNotCount() {
        Recorder r = grade(Map.of(), "0", "500", "0", "400", "-10", "300", "200", "100");
        // five with revenue: A = ⌈1⌉ = 1, A+B = ⌈3⌉ = 3
        assertEquals(List.of("C", "A", "C", "B", "C", "B", "C", "C"), grades(r));
        assertTrue(r.byCustomer.get(1L).reason().startsWith("No revenue"), r.byCustomer.get(1L).reason());
        assertEquals(5L, r.byCustomer.get(2L).figures().get("customersWithRevenue"));
    }

    @Test
    void tiesAtABoundaryShareTheBetterGrade() {
        // ten with revenue: 2 A, 4 more B; the 2nd and 3rd are equal, so both are A; the 6th to 8th equal, so all B
        Recorder r = grade(Map.of(), "1000", "900", "900", "800", "700", "600", "600", "600", "100", "50");
        assertEquals(List.of("A", "A", "A", "B", "B", "B", "B", "B", "C", "C"), grades(r));
        assertEquals(2L, r.byCustomer.get(3L).figures().get("rank"));
    }

    @Test
    void boundariesRoundUp() {
        // seven: A = ⌈1.4⌉ = 2, A+B = ⌈4.2⌉ = 5
        Recorder r = grade(Map.of(), "7", "6", "5", "4", "3", "2", "1");
        assertEquals(List.of("A", "A", "B", "B", "B", "C", "C"), grades(r));
        // one customer with revenue is A
        assertEquals(List.of("A", "C"), grades(grade(Map.of(), "5", "0")));
        // nobody with revenue: all C
        assertEquals(List.of("C", "C"), grades(grade(Map.of(), "0", "0")));
    }

    @Test
    void sharesComeFromTheSettings() {
        Recorder r = grade(Map.of("shareA", "0.5", "shareB", "0.5"), "4", "3", "2", "1");
        assertEquals(List.of("A", "A", "B", "B"), grades(r));
        assertEquals(new BigDecimal("0.5"), r.byCustomer.get(1L).figures().get("shareA"));
        assertThrows(IllegalArgumentException.class, () -> new AbcPolicy().grader("2026", Map.of("shareA", "0.7", "shareB", "0.4")));
        assertThrows(IllegalArgumentException.class, () -> new AbcPolicy().grader("2026", Map.of("shareA", "x")));
    }

    @Test
    void abcAsksOnlyForSalesAndASubjectRefusesUndeclaredFigures() {
        assertEquals(java.util.Set.of(org.kehu.platform.api.spi.GradingFigures.SALES), new AbcPolicy().figures());
        Subject s = Recorder.subject(1, "10.00", "0", null);
        s.figures = new AbcPolicy().figures();
        assertEquals(new BigDecimal("10.00"), s.revenue());
        assertThrows(IllegalStateException.class, s::openReceivables);
        assertThrows(IllegalStateException.class, s::creditRating);
        assertThrows(IllegalStateException.class, () -> s.attribute("potentialValue"));
    }
}
