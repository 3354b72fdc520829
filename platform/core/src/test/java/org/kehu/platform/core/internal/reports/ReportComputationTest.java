package org.kehu.platform.core.internal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.WinBackOutcome;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.reports.ReceivableFigures.Figures;
import org.kehu.platform.core.internal.reports.ReceivableFigures.Invoice;

class ReportComputationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Invoice invoice(long customer, LocalDate issued, LocalDate due, String amount, String discount,
            LocalDate settled, String applied) {
        return new Invoice(customer, issued, due, d(amount), d(discount), settled, d(applied));
    }

    @Test
    void monthFiguresOfOneCustomer() {
        List<Invoice> invoices = List.of(
                // issued in March, partly paid, due in April: sales and open, not overdue
                invoice(1, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 9), "10000.00", "500.00", null, "4000.00"),
                // issued in January, fell due on March 15: overdue and new overdue
                invoice(1, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 15), "3000.00", "0", null, "0"),
                // due on the last day of February: overdue from March 1, so new in March
                invoice(1, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), "100.00", "0", null, "0"),
                // due February 27: already overdue on March 1, old overdue
                invoice(1, LocalDate.of(2026, 1, 27), LocalDate.of(2026, 2, 27), "200.00", "0", null, "0"),
                // more than 365 days past due: bad debt
                invoice(1, LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), "700.00", "0", null, "0"),
                // settled before month end: nothing open
                invoice(1, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 2), "999.00", "0", LocalDate.of(2026, 3, 20), "999.00"),
                // issued after the month: ignored
                invoice(1, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), "50.00", "0", null, "0"),
                // another customer, settled in the month it was issued: sales only
                invoice(2, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 25), "800.00", "0", LocalDate.of(2026, 3, 6), "800.00"));
        Map<Long, Figures> all = ReceivableFigures.compute(invoices, FROM, END);
        Figures one = all.get(1L);
        assertEquals(d("9500.00"), one.sales());
        assertEquals(d("10000.00"), one.open()); // 6000 + 3000 + 100 + 200 + 700
        assertEquals(d("4000.00"), one.overdue());
        assertEquals(d("700.00"), one.badDebt());
        assertEquals(d("3100.00"), one.newOverdue());
        assertEquals(d("0.3100"), one.newOverdueShare());
        Figures two = all.get(2L);
        assertEquals(d("800.00"), two.sales());
        assertEquals(0, two.open().signum());
        assertNull(two.newOverdueShare());
        Figures total = ReceivableFigures.total(all.values());
        assertEquals(d("10300.00"), total.sales());
        assertEquals(d("10000.00"), total.open());
    }

    @Test
    void paymentsAfterTheMonthEndDoNotCountAndQuartersSumTheirMonths() {
        Invoice inv = invoice(3, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14), "1000.00", "0", null, "0");
        assertEquals(d("1000.00"), ReceivableFigures.compute(List.of(inv), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
                .get(3L).sales());
        Map<Long, Figures> feb = ReceivableFigures.compute(List.of(inv), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertEquals(0, feb.get(3L).sales().signum());
        assertEquals(d("1000.00"), feb.get(3L).newOverdue());
        Map<Long, Figures> q1 = ReceivableFigures.compute(List.of(inv,
                invoice(3, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 2), "500.00", "0", null, "100.00")),
                LocalDate.of(2026, 1, 1), END);
        assertEquals(d("1500.00"), q1.get(3L).sales());
        assertEquals(d("1400.00"), q1.get(3L).open());
        assertEquals(d("1000.00"), q1.get(3L).newOverdue());
    }

    @Test
    void receivablesTableHasTotalsRow() {
        Map<Long, Figures> figures = ReceivableFigures.compute(List.of(
                invoice(7, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20), "100", "0", null, "40")), FROM, END);
        ReportTable t = ReceivablesReport.table(figures, Map.of(), Locale.SIMPLIFIED_CHINESE);
        assertEquals(8, t.columns().size());
        assertEquals(1, t.rows().size());
        assertEquals(d("60.00"), t.rows().get(0).get(3));
        assertEquals("合计", t.totals().get(0));
        assertEquals(d("100.00"), t.totals().get(2));
        assertEquals(d("1.0000"), t.totals().get(7));
    }

    @Test
    void customerStructureSharesAndPie() {
        ReportTable t = CustomerStructureReport.table("region", List.of(new Object[] {"华东", 3L},
                new Object[] {null, 1L}, new Object[] {"华北", 4L}), Locale.ENGLISH);
        assertEquals(ChartHint.PIE, t.chart());
        assertEquals("region", t.columns().get(0).key());
        assertEquals(List.of("华北", 4L, d("0.5000")), t.rows().get(0));
        assertEquals(List.of("华东", 3L, d("0.3750")), t.rows().get(1));
        assertEquals("(not given)", t.rows().get(2).get(0));
        assertEquals(List.of("Total", 8L, d("1.0000")), t.totals());
        assertTrue(CustomerStructureReport.table("industry", List.of(), Locale.ENGLISH).rows().isEmpty());
    }

    @Test
    void churnTableFiltersByDateAndCountsDecisions() {
        List<ChurnReport.Churn> churns = List.of(
                new ChurnReport.Churn("C1", "甲", LocalDate.of(2026, 2, 1), "价格", LifecycleStatus.CHURNED,
                        WinBackOutcome.WIN_BACK, d("100.00"), d("1000.00"), "admin", LocalDate.of(2026, 2, 3)),
                new ChurnReport.Churn("C2", "乙", LocalDate.of(2026, 1, 1), "倒闭", LifecycleStatus.CHURNED,
                        WinBackOutcome.NOT_TO_BE_RECOVERED, null, null, "admin", LocalDate.of(2026, 1, 2)),
                new ChurnReport.Churn("C3", "丙", LocalDate.of(2025, 1, 1), "服务", LifecycleStatus.CHURNED, null, null, null,
                        null, null));
        ReportTable t = ChurnReport.table(churns, LocalDate.of(2026, 1, 1), null, Locale.SIMPLIFIED_CHINESE);
        assertEquals(2, t.rows().size());
        assertEquals("C2", t.rows().get(0).get(0));
        assertEquals("不予挽回", t.rows().get(0).get(5));
        assertEquals("挽回", t.rows().get(1).get(5));
        assertEquals("流失", t.rows().get(1).get(4));
        assertEquals(d("100.00"), t.totals().get(6));
        assertEquals("2 户；挽回 1，不予挽回 1", t.totals().get(1));
        assertEquals("undecided", ChurnReport.decision(null, Locale.ENGLISH));
    }

    @Test
    void visitComplianceCountsCustomersAtTargetPerOwner() {
        ReportTable t = VisitComplianceReport.table(Map.of("am1", 4L, "am2", 2L, "", 1L), List.of(
                new VisitComplianceReport.Visits("am1", 1, 2), new VisitComplianceReport.Visits("am1", 2, 1),
                new VisitComplianceReport.Visits("am1", 3, 3), new VisitComplianceReport.Visits("am2", 5, 1)), 2,
                Locale.SIMPLIFIED_CHINESE);
        assertEquals(3, t.rows().size());
        assertEquals("（未分配）", t.rows().get(0).get(0));
        assertEquals(List.of("（未分配）", 1L, 0L, 0L, 0L, d("0.0000")), t.rows().get(0));
        assertEquals(List.of("am1", 4L, 6L, 3L, 2L, d("0.5000")), t.rows().get(1));
        assertEquals(List.of("am2", 2L, 1L, 1L, 0L, d("0.0000")), t.rows().get(2));
        assertEquals(List.of("合计", 7L, 7L, 4L, 2L, d("0.2857")), t.totals());
    }

    @Test
    void parametersAreCheckedWithTheirNames() {
        ReportRequest req = new ReportRequest(null, Map.of("year", "2026", "month", "13"), Locale.ENGLISH);
        assertEquals(2026, ReportSupport.integer(req, "year", 1900, 9999));
        ValidationException e = assertThrows(ValidationException.class, () -> ReportSupport.integer(req, "month", 1, 12));
        assertEquals("month", e.getErrors().get(0).field());
        assertEquals("quarter", assertThrows(ValidationException.class,
                () -> ReportSupport.integer(req, "quarter", 1, 4)).getErrors().get(0).field());
    }
}
