package org.kehu.platform.core.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.spi.ReportTable;

class FreezeCandidatesReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static FreezeCandidatesReport.Candidate candidate(String number, LocalDate lastRevenue, LocalDate since,
            boolean requested) {
        return new FreezeCandidatesReport.Candidate(number, "客户" + number, "am1", LifecycleStatus.DORMANT, lastRevenue,
                since, requested);
    }

    @Test
    void customersIdleForTheMonthsAreProposedOldestFirst() {
        List<FreezeCandidatesReport.Candidate> all = List.of(
                candidate("K3", LocalDate.of(2026, 5, 23), LocalDate.of(2020, 1, 1), false),
                candidate("K1", LocalDate.of(2025, 1, 10), LocalDate.of(2020, 1, 1), true),
                candidate("K2", LocalDate.of(2026, 5, 24), LocalDate.of(2020, 1, 1), false),
                candidate("K4", null, LocalDate.of(2026, 1, 5), false),
                candidate("K5", null, LocalDate.of(2026, 9, 1), false));
        ReportTable table = FreezeCandidatesReport.table(all, 6, TODAY, Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("K1", "K4", "K3"), table.rows().stream().map(r -> r.get(0)).toList());
        assertEquals(22L, table.rows().get(0).get(5));
        assertEquals("审批中", table.rows().get(0).get(6));
        assertNull(table.rows().get(1).get(4));
        assertEquals(6L, table.rows().get(2).get(5));
        assertEquals("3 户；冻结审批中 1", table.totals().get(1));
    }

    @Test
    void aShorterPeriodProposesMore() {
        List<FreezeCandidatesReport.Candidate> all = List.of(
                candidate("K2", LocalDate.of(2026, 8, 1), LocalDate.of(2020, 1, 1), false));
        assertEquals(0, FreezeCandidatesReport.table(all, 6, TODAY, Locale.ENGLISH).rows().size());
        assertEquals(1, FreezeCandidatesReport.table(all, 3, TODAY, Locale.ENGLISH).rows().size());
    }
}
