package org.kehu.platform.core.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;

class GradeReportComputationTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static List<String> fields(Runnable r) {
        return assertThrows(ValidationException.class, r::run).getErrors().stream().map(FieldError::field)
                .collect(Collectors.toList());
    }

    private static ReportRequest req(Map<String, String> p) {
        return new ReportRequest(null, p, Locale.ENGLISH);
    }

    @Test
    void migrationMatrixWithNewAndGone() {
        // from: A 3, B 2, C 1; to: A 2, B 3, C 2; graded in both: A→A 1, A→B 1, B→B 1, B→C 1, C→A 1
        ReportTable t = GradeMigrationReport.table(Map.of("A", 3L, "B", 2L, "C", 1L), Map.of("A", 2L, "B", 3L, "C", 2L),
                List.of(new Object[] {"A", "A", 1L}, new Object[] {"A", "B", 1L}, new Object[] {"B", "B", 1L},
                        new Object[] {"B", "C", 1L}, new Object[] {"C", "A", 1L}),
                Locale.ENGLISH);
        assertEquals(ChartHint.STACKED_BAR, t.chart());
        assertEquals(List.of("fromGrade", "to:A", "to:B", "to:C", "gone", "total"),
                t.columns().stream().map(ReportColumn::key).collect(Collectors.toList()));
        assertEquals(List.of("A", 1L, 1L, 0L, 1L, 3L), t.rows().get(0));
        assertEquals(List.of("B", 0L, 1L, 1L, 0L, 2L), t.rows().get(1));
        assertEquals(List.of("C", 1L, 0L, 0L, 0L, 1L), t.rows().get(2));
        assertEquals(List.of("new", 0L, 1L, 1L, 0L, 2L), t.rows().get(3));
        assertEquals(List.of("Total", 2L, 3L, 2L, 1L, 8L), t.totals());
        // a grade only in one of the runs still gets its row or column
        ReportTable u = GradeMigrationReport.table(Map.of("D", 1L), Map.of("OK", 1L), List.of(), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("D", 0L, 1L, 1L), u.rows().get(0));
        assertEquals(List.of("新增", 1L, 0L, 1L), u.rows().get(1));
        assertEquals(List.of("合计", 1L, 1L, 2L), u.totals());
    }

    @Test
    void migrationParametersAreChecked() {
        GradeMigrationReport r = new GradeMigrationReport(null);
        assertEquals(List.of("policy", "from", "to"), fields(() -> r.run(req(Map.of()))));
        assertEquals(List.of("to"), fields(() -> r.run(req(Map.of("policy", "abc", "from", "2025", "to", "next year")))));
    }

    @Test
    void dClassAnomaliesPerUnitWithTarget() {
        List<DClassAnomaliesReport.Anomaly> a = List.of(
                new DClassAnomaliesReport.Anomaly("华东", "D", d("50000")),
                new DClassAnomaliesReport.Anomaly("华东", "D", d("20000.5")),
                new DClassAnomaliesReport.Anomaly("华东", "X", d("-3000")),
                new DClassAnomaliesReport.Anomaly("华北", "D", d("90000")),
                new DClassAnomaliesReport.Anomaly(null, "X", null));
        ReportTable t = DClassAnomaliesReport.table(a, d("0.2"), Locale.ENGLISH);
        assertEquals(ChartHint.BAR, t.chart());
        assertEquals(Arrays.asList("华东", 2L, 1L, 3L, d("67000.50"), 1L), t.rows().get(0));
        assertEquals(Arrays.asList("华北", 1L, 0L, 1L, d("90000.00"), 1L), t.rows().get(1));
        assertEquals(Arrays.asList("(not given)", 0L, 1L, 1L, d("0.00"), 1L), t.rows().get(2));
        assertEquals(Arrays.asList("Total", 3L, 2L, 5L, d("157000.50"), 3L), t.totals());
        assertEquals(0, DClassAnomaliesReport.target(0, d("0.2")));
        assertEquals(2, DClassAnomaliesReport.target(6, d("0.2"))); // 1.2 → 2
        assertEquals(2, DClassAnomaliesReport.target(10, d("0.2")));
        assertEquals(d("0.5"), DClassAnomaliesReport.share("0.5", d("0.2")));
        assertEquals(d("0.2"), DClassAnomaliesReport.share(" ", d("0.2")));
    }

    @Test
    void dClassParametersAreChecked() {
        DClassAnomaliesReport r = new DClassAnomaliesReport(null, "0.2");
        assertEquals(List.of("year"), fields(() -> r.run(req(Map.of()))));
        assertEquals(List.of("target"), fields(() -> r.run(req(Map.of("year", "2026", "target", "1.5")))));
        assertEquals(List.of("target"), fields(() -> r.run(req(Map.of("year", "2026", "target", "much")))));
    }

    @Test
    void figuresTextGivesTheGrossProfit() {
        assertEquals(d("-1200.50"), GradeRuns.figure("grossMargin\tn\t0.1\ngrossProfit\tn\t-1200.50\n", "grossProfit"));
        assertNull(GradeRuns.figure("grossProfit\ts\tx\n", "grossProfit"));
        assertNull(GradeRuns.figure(null, "grossProfit"));
    }

    @Test
    void customerStructureByGradeNeedsAPolicy() {
        CustomerStructureReport r = new CustomerStructureReport(null);
        assertEquals(List.of("policy"), fields(() -> r.run(req(Map.of("group", "grade")))));
        assertEquals(List.of("group"), fields(() -> r.run(req(Map.of("group", "colour")))));
        ReportTable t = CustomerStructureReport.table("grade", List.of(new Object[] {"A", 1L}, new Object[] {"B", 2L},
                new Object[] {null, 1L}), Locale.ENGLISH);
        assertEquals("grade", t.columns().get(0).key());
        assertEquals(List.of("B", 2L, d("0.5000")), t.rows().get(0));
        assertEquals(List.of("A", 1L, d("0.2500")), t.rows().get(1));
        assertEquals("(not graded)", t.rows().get(2).get(0));
    }

    @Test
    void visitCompliancePerGradeUsesGradeTargets() {
        // A needs 4, B 2, C 1; D falls back to the monthly target 1
        ReportTable t = VisitComplianceReport.gradeTable(Map.of("A", 2L, "B", 2L, "C", 1L, "D", 1L), List.of(
                new VisitComplianceReport.Visits("A", 1, 4), new VisitComplianceReport.Visits("A", 2, 3),
                new VisitComplianceReport.Visits("B", 3, 2), new VisitComplianceReport.Visits("B", 4, 1),
                new VisitComplianceReport.Visits("C", 5, 1), new VisitComplianceReport.Visits("D", 6, 1)),
                Map.of("A", 4, "B", 2, "C", 1), 1, Locale.ENGLISH);
        assertEquals("grade", t.columns().get(0).key());
        assertEquals(Arrays.asList("A", 4L, 2L, 7L, 2L, 1L, d("0.5000")), t.rows().get(0));
        assertEquals(Arrays.asList("B", 2L, 2L, 3L, 2L, 1L, d("0.5000")), t.rows().get(1));
        assertEquals(Arrays.asList("C", 1L, 1L, 1L, 1L, 1L, d("1.0000")), t.rows().get(2));
        assertEquals(Arrays.asList("D", 1L, 1L, 1L, 1L, 1L, d("1.0000")), t.rows().get(3));
        assertEquals(Arrays.asList("Total", null, 6L, 12L, 6L, 4L, d("0.6667")), t.totals());
    }
}
