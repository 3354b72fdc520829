package org.kehu.platform.core.internal.grading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a policy is run on its own: {@code monthly@<day> <HH:MM>}, {@code quarterly@<day> <HH:MM>} (the day of the
 * quarter's first month) or {@code yearly@<MM-DD> <HH:MM>}, in the runtime's time zone. Each firing grades the period
 * that has just closed: the previous month, quarter or year. A day beyond the month's end fires on its last day.
 */
public record GradingSchedule(Frequency frequency, int month, int day, LocalTime time) {

    public enum Frequency { MONTHLY, QUARTERLY, YEARLY }

    private static final Pattern SPEC = Pattern.compile(
            "(monthly|quarterly)@(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})|yearly@(\\d{2})-(\\d{2})\\s+(\\d{1,2}):(\\d{2})");

    /** @throws IllegalArgumentException when the text is not a schedule */
    public static GradingSchedule parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SPEC.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a schedule: write monthly@<day> <HH:MM>,"
                    + " quarterly@<day> <HH:MM> or yearly@<MM-DD> <HH:MM>, e.g. monthly@1 02:00");
        }
        try {
            if (m.group(1) != null) {
                int day = Integer.parseInt(m.group(2));
                if (day < 1 || day > 31) {
                    throw new IllegalArgumentException("'" + text + "': the day must be 1 to 31");
                }
                Frequency f = m.group(1).equals("monthly") ? Frequency.MONTHLY : Frequency.QUARTERLY;
                return new GradingSchedule(f, 0, day, LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
            MonthDay md = MonthDay.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            return new GradingSchedule(Frequency.YEARLY, md.getMonthValue(), md.getDayOfMonth(),
                    LocalTime.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8))));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a schedule: " + e.getMessage(), e);
        }
    }

    /** The first firing strictly after {@code after}, in its zone. */
    public ZonedDateTime next(ZonedDateTime after) {
        YearMonth start = YearMonth.from(after);
        for (int i = 0; i <= 24; i++) {
            YearMonth ym = start.plusMonths(i);
            if (!fires(ym)) {
                continue;
            }
            LocalDate date = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            ZonedDateTime at = ZonedDateTime.of(LocalDateTime.of(date, time), after.getZone());
            if (at.isAfter(after)) {
                return at;
            }
        }
        throw new IllegalStateException("no firing within two years of " + after);
    }

    private boolean fires(YearMonth ym) {
        return switch (frequency) {
            case MONTHLY -> true;
            case QUARTERLY -> (ym.getMonthValue() - 1) % 3 == 0;
            case YEARLY -> ym.getMonthValue() == month;
        };
    }

    /** The period a firing at {@code at} grades: the month, quarter or year before the one {@code at} falls in. */
    public String period(ZonedDateTime at) {
        LocalDate d = at.toLocalDate();
        return switch (frequency) {
            case MONTHLY -> YearMonth.from(d).minusMonths(1).toString();
            case QUARTERLY -> {
                LocalDate q = d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
                yield q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            }
            case YEARLY -> Integer.toString(d.getYear() - 1);
        };
    }
}
