package org.kehu.platform.core.internal.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * When yearly anniversaries fall in a period. A 29 February anniversary is
 * observed on 28 February in years without that day.
 */
public final class AnniversaryCalendar {

    /** The longest period the anniversary query accepts. */
    public static final int MAX_DAYS = 366;

    private AnniversaryCalendar() {
    }

    public static int monthDay(LocalDate date) {
        return date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** The first day on or after {@code from} on which the anniversary of {@code origin} falls. */
    public static LocalDate nextOccurrence(LocalDate origin, LocalDate from) {
        MonthDay md = MonthDay.from(origin);
        for (int year = from.getYear(); ; year++) {
            LocalDate candidate = md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, 2, 28);
            if (!candidate.isBefore(from)) {
                return candidate;
            }
        }
    }

    /** The occurrence of the anniversary within [from, to], or {@code null} when it does not fall there. */
    public static LocalDate occurrenceWithin(LocalDate origin, LocalDate from, LocalDate to) {
        LocalDate next = nextOccurrence(origin, from);
        return next.isAfter(to) || next.isBefore(origin) ? null : next;
    }

    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The month-day ranges (month * 100 + day, inclusive) that cover [from, to]:
     * one range, or two when the period wraps over the new year. The ranges may
     * be wider than needed (29 February); callers filter with {@link #occurrenceWithin}.
     */
    public static int[][] monthDayRanges(LocalDate from, LocalDate to) {
        if (days(from, to) >= 365) {
            return new int[][] {{101, 1231}};
        }
        int start = monthDay(from);
        int end = monthDay(to);
        if (end == 228) {
            end = 229;
        }
        if (from.getYear() == to.getYear()) {
            return new int[][] {{start, end}};
        }
        return new int[][] {{start, 1231}, {101, end}};
    }
}
