package org.kehu.platform.core.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Accounting periods written as {@code 2026}, {@code 2026-Q3} or {@code 2026-07}. */
public final class Periods {

    public record Period(String label, LocalDate from, LocalDate to) {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    private Periods() {
    }

    /** Whether two periods share at least one day. */
    public static boolean overlap(Period a, Period b) {
        return !a.from().isAfter(b.to()) && !b.from().isAfter(a.to());
    }

    /**
     * The labels among {@code labels} of periods that overlap {@code period} under another label (e.g. 2026-Q1 for
     * 2026), sorted; labels that are not periods are left out.
     */
    public static List<String> overlapping(Period period, Collection<String> labels) {
        return labels.stream().distinct().map(Periods::parse)
                .filter(p -> p != null && !p.label().equals(period.label()) && overlap(p, period))
                .map(Period::label).sorted().toList();
    }

    /** @return the period, or {@code null} when the text is not one */
    public static Period parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return new Period(t, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int y = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(y, (q - 1) * 3 + 1, 1);
            return new Period(t, from, from.plusMonths(3).minusDays(1));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(t, ym.atDay(1), ym.atEndOfMonth());
        }
        return null;
    }
}
