package org.kehu.platform.core.internal.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GradingScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SHANGHAI);
    }

    @Test
    void parsesTheThreeForms() {
        assertEquals(new GradingSchedule(GradingSchedule.Frequency.MONTHLY, 0, 1, LocalTime.of(2, 0)),
                GradingSchedule.parse("monthly@1 02:00"));
        assertEquals(new GradingSchedule(GradingSchedule.Frequency.QUARTERLY, 0, 5, LocalTime.of(1, 30)),
                GradingSchedule.parse(" Quarterly@5  1:30 "));
        assertEquals(new GradingSchedule(GradingSchedule.Frequency.YEARLY, 1, 15, LocalTime.of(3, 0)),
                GradingSchedule.parse("yearly@01-15 03:00"));
    }

    @Test
    void refusesWhatIsNotASchedule() {
        for (String bad : new String[] {null, "", "daily 02:00", "monthly 02:00", "monthly@0 02:00", "monthly@32 02:00",
                "monthly@1 24:00", "monthly@1 2:60", "yearly@13-01 03:00", "yearly@02-30 03:00", "yearly@1-15 03:00",
                "PT24H", "0 0 2 1 * ?"}) {
            assertThrows(IllegalArgumentException.class, () -> GradingSchedule.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void monthlyFiresOnTheDayAndGradesThePreviousMonth() {
        GradingSchedule s = GradingSchedule.parse("monthly@1 02:00");
        ZonedDateTime next = s.next(at("2026-11-23T16:07"));
        assertEquals(at("2026-12-01T02:00"), next);
        assertEquals("2026-11", s.period(next));
        assertEquals(at("2027-01-01T02:00"), s.next(next));
        assertEquals("2026-12", s.period(s.next(next)));
        // strictly after: the same instant moves on, a minute before does not
        assertEquals(at("2026-12-01T02:00"), s.next(at("2026-12-01T01:59")));
    }

    @Test
    void aDayBeyondTheMonthFiresOnItsLastDay() {
        GradingSchedule s = GradingSchedule.parse("monthly@31 23:00");
        assertEquals(at("2026-02-28T23:00"), s.next(at("2026-02-01T00:00")));
        assertEquals(at("2028-02-29T23:00"), s.next(at("2028-02-10T00:00")));
        assertEquals(at("2026-03-31T23:00"), s.next(at("2026-02-28T23:00")));
        assertEquals("2026-01", s.period(at("2026-02-28T23:00")));
    }

    @Test
    void quarterlyFiresInTheQuartersFirstMonthAndGradesThePreviousQuarter() {
        GradingSchedule s = GradingSchedule.parse("quarterly@5 01:30");
        ZonedDateTime next = s.next(at("2026-11-23T16:07"));
        assertEquals(at("2027-01-05T01:30"), next);
        assertEquals("2026-Q4", s.period(next));
        assertEquals(at("2027-04-05T01:30"), s.next(next));
        assertEquals("2027-Q1", s.period(s.next(next)));
        assertEquals(at("2026-07-05T01:30"), s.next(at("2026-04-05T01:30")));
        assertEquals("2026-Q2", s.period(at("2026-07-05T01:30")));
    }

    @Test
    void yearlyGradesThePreviousYear() {
        GradingSchedule s = GradingSchedule.parse("yearly@01-15 03:00");
        ZonedDateTime next = s.next(at("2026-11-23T16:07"));
        assertEquals(at("2027-01-15T03:00"), next);
        assertEquals("2026", s.period(next));
        assertEquals(at("2028-01-15T03:00"), s.next(next));
        assertEquals(at("2026-01-15T03:00"), s.next(at("2026-01-15T02:59:59")));
    }

    @Test
    void leapDayYearlyFiresOnTheLastDayOfFebruaryInOtherYears() {
        GradingSchedule s = GradingSchedule.parse("yearly@02-29 00:00");
        assertEquals(at("2026-02-28T00:00"), s.next(at("2025-12-01T00:00")));
    }

    @Test
    void settingsReadSchedulesAndRefuseABadOneAsAWhole() throws Exception {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("grading.schedule.abc", "yearly@01-15 03:00");
        p.put("grading.schedule.d-class", "monthly@1 02:00");
        GradingSettings settings = new GradingSettings();
        int[] told = new int[1];
        settings.onChange(() -> told[0]++);
        settings.updated(p);
        assertEquals(1, told[0]);
        Map<String, GradingSchedule> schedules = settings.schedules();
        assertEquals(2, schedules.size());
        assertEquals(GradingSchedule.Frequency.YEARLY, schedules.get("abc").frequency());
        p.put("grading.schedule.abc", "every day");
        Exception e = assertThrows(org.osgi.service.cm.ConfigurationException.class, () -> settings.updated(p));
        assertTrue(e.getMessage().contains("grading.schedule.abc"), e.getMessage());
        assertEquals(2, settings.schedules().size());
        assertEquals(1, told[0]);
    }
}
