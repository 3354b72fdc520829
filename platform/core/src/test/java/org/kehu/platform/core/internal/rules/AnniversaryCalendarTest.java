package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AnniversaryCalendarTest {

    @Test
    void anniversariesFallOnTheirDayInThePeriod() {
        LocalDate birthday = LocalDate.of(1980, 12, 28);
        assertEquals(LocalDate.of(2026, 12, 28),
                AnniversaryCalendar.occurrenceWithin(birthday, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10)));
        assertNull(AnniversaryCalendar.occurrenceWithin(birthday, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 27)));
    }

    @Test
    void leapDayIsObservedOnTheLastDayOfFebruary() {
        LocalDate leap = LocalDate.of(1996, 2, 29);
        assertEquals(LocalDate.of(2027, 2, 28), AnniversaryCalendar.nextOccurrence(leap, LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2028, 2, 29), AnniversaryCalendar.nextOccurrence(leap, LocalDate.of(2028, 1, 1)));
        int[][] ranges = AnniversaryCalendar.monthDayRanges(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
        assertArrayEquals(new int[] {201, 229}, ranges[0]);
    }

    @Test
    void periodsOverTheNewYearSplitIntoTwoRanges() {
        int[][] ranges = AnniversaryCalendar.monthDayRanges(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10));
        assertArrayEquals(new int[] {1220, 1231}, ranges[0]);
        assertArrayEquals(new int[] {101, 110}, ranges[1]);
        assertEquals(1, AnniversaryCalendar.monthDayRanges(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).length);
    }

    @Test
    void noAnniversaryBeforeTheOriginalDate() {
        LocalDate founded = LocalDate.of(2026, 6, 1);
        assertNull(AnniversaryCalendar.occurrenceWithin(founded, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31)));
    }
}
