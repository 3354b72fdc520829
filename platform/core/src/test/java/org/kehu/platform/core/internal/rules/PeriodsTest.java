package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsTest {

    @Test
    void year() {
        assertEquals(new Periods.Period("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Periods.parse("2026"));
        assertEquals(new Periods.Period("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                Periods.parse(" 2026 "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-Q1, 2026-01-01, 2026-03-31",
            "2026-Q2, 2026-04-01, 2026-06-30",
            "2026-Q3, 2026-07-01, 2026-09-30",
            "2026-Q4, 2026-10-01, 2026-12-31",
            "2024-Q1, 2024-01-01, 2024-03-31" })
    void quarter(String text, LocalDate from, LocalDate to) {
        assertEquals(new Periods.Period(text, from, to), Periods.parse(text));
    }

    @Test
    void lowerCaseQuarterIsNormalised() {
        assertEquals(new Periods.Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
                Periods.parse("2026-q3"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-01, 2026-01-01, 2026-01-31",
            "2026-04, 2026-04-01, 2026-04-30",
            "2026-07, 2026-07-01, 2026-07-31",
            "2026-12, 2026-12-01, 2026-12-31",
            "2026-02, 2026-02-01, 2026-02-28",
            "2024-02, 2024-02-01, 2024-02-29", // leap year
            "2000-02, 2000-02-01, 2000-02-29", // divisible by 400
            "2100-02, 2100-02-01, 2100-02-28" }) // divisible by 100, not a leap year
    void month(String text, LocalDate from, LocalDate to) {
        assertEquals(new Periods.Period(text, from, to), Periods.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "26", "20266", "2026-", "2026-Q0", "2026-Q5", "2026-Q", "2026-00", "2026-13",
            "2026-7", "2026-007", "2026/07", "2026-07-01", "Q3-2026", "2026Q3", "abcd", "2026-H1" })
    void invalidTextIsNull(String text) {
        assertNull(Periods.parse(text));
    }

    @Test
    void nullIsNull() {
        assertNull(Periods.parse(null));
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
            "2026,    2026-Q1, true",
            "2026-Q1, 2026-03, true",
            "2026-Q1, 2026-04, false",
            "2026-Q4, 2026-12, true",
            "2026,    2027-01, false",
            "2025,    2026,    false",
            "2026-07, 2026-07, true" })
    void overlap(String a, String b, boolean overlap) {
        assertEquals(overlap, Periods.overlap(Periods.parse(a), Periods.parse(b)));
        assertEquals(overlap, Periods.overlap(Periods.parse(b), Periods.parse(a)));
    }

    @Test
    void overlappingLabelsLeaveOutTheSameLabelAndUnrelatedPeriods() {
        List<String> labels = List.of("2026", "2026-Q1", "2025-Q4", "2026-02", "2026-Q1", "junk", "2027");
        assertEquals(List.of("2026-02", "2026-Q1"), Periods.overlapping(Periods.parse("2026"), labels));
        assertEquals(List.of("2026", "2026-02"), Periods.overlapping(Periods.parse("2026-Q1"), labels));
        assertEquals(List.of(), Periods.overlapping(Periods.parse("2025"), List.of("2025", "2024-Q4", "2026-01")));
        assertEquals(List.of("2025"), Periods.overlapping(Periods.parse("2025-q4"), List.of("2025")));
    }
}
