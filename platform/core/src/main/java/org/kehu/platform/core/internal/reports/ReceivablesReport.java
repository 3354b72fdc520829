package org.kehu.platform.core.internal.reports;

import static org.kehu.platform.core.internal.reports.ReportSupport.column;
import static org.kehu.platform.core.internal.reports.ReportSupport.parameter;
import static org.kehu.platform.core.internal.reports.ReportSupport.pick;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.reports.ReceivableFigures.Figures;

/**
 * The monthly receivables report (应收账款月报) and its quarterly summary: per
 * customer the sales of the period, the open, overdue and bad-debt receivables
 * at the period's end and the share of newly overdue receivables, with a totals
 * row. The quarter's sales are the sum of its months; its balances are those at
 * the quarter's end; its new overdue is what fell overdue within the quarter.
 * A period that has not ended yet is taken up to today.
 */
public class ReceivablesReport implements ReportProvider {

    public static final String MONTHLY = "monthly-receivables";
    public static final String QUARTERLY = "quarterly-receivables";

    static final List<ReportColumn> COLUMNS = List.of(
            column("customerNumber", ColumnType.TEXT, "客户编号", "Customer number"),
            column("customerName", ColumnType.TEXT, "客户名称", "Customer"),
            column("sales", ColumnType.MONEY, "本期销售额", "Sales"),
            column("receivables", ColumnType.MONEY, "期末应收账款", "Receivables"),
            column("overdue", ColumnType.MONEY, "期末逾期账款", "Overdue"),
            column("badDebt", ColumnType.MONEY, "呆坏账（逾期超365天）", "Bad debt (over 365 days overdue)"),
            column("newOverdue", ColumnType.MONEY, "本期新增逾期", "New overdue"),
            column("newOverdueShare", ColumnType.PERCENT, "新增逾期占比", "New overdue share"));

    private final Ledger ledger;
    private final boolean quarterly;

    public ReceivablesReport(Ledger ledger, boolean quarterly) {
        this.ledger = ledger;
        this.quarterly = quarterly;
    }

    @Override
    public String id() {
        return quarterly ? QUARTERLY : MONTHLY;
    }

    @Override
    public String name(Locale locale) {
        return quarterly ? pick(locale, "应收账款季度汇总", "Quarterly receivables summary")
                : pick(locale, "应收账款月报", "Monthly receivables report");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(parameter("year", ColumnType.INTEGER, true, "年份", "Year"),
                quarterly ? parameter("quarter", ColumnType.INTEGER, true, "季度（1–4）", "Quarter (1–4)")
                        : parameter("month", ColumnType.INTEGER, true, "月份（1–12）", "Month (1–12)"));
    }

    @Override
    public ReportTable run(ReportRequest request) {
        LocalDate today = ledger.today();
        int year = ReportSupport.integer(request, "year", 1900, 9999);
        LocalDate from;
        LocalDate to;
        if (quarterly) {
            int q = ReportSupport.integer(request, "quarter", 1, 4);
            from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            to = from.plusMonths(3).minusDays(1);
        } else {
            int m = ReportSupport.integer(request, "month", 1, 12);
            from = LocalDate.of(year, m, 1);
            to = from.plusMonths(1).minusDays(1);
        }
        if (from.isAfter(today)) {
            throw ValidationException.of(quarterly ? "quarter" : "month", "must not be in the future");
        }
        LocalDate asOf = to.isAfter(today) ? today : to;
        return ledger.read(em -> {
            Map<Long, Figures> figures = ReceivableFigures.compute(invoices(em, from, asOf), from, asOf);
            Map<Long, CustomerEntity> customers = customers(em, new ArrayList<>(figures.keySet()));
            return table(figures, customers, request.locale());
        });
    }

    static ReportTable table(Map<Long, Figures> figures, Map<Long, CustomerEntity> customers, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        figures.forEach((id, f) -> {
            CustomerEntity c = customers.get(id);
            rows.add(row(c == null ? Long.toString(id) : c.getNumber(), c == null ? null : c.getName(), f));
        });
        rows.sort((a, b) -> String.valueOf(a.get(0)).compareTo(String.valueOf(b.get(0))));
        return new ReportTable(COLUMNS, rows, row(ReportSupport.total(locale), null,
                ReceivableFigures.total(figures.values())), ChartHint.BAR);
    }

    private static List<Object> row(String number, String name, Figures f) {
        return Arrays.asList(number, name, money(f.sales()), money(f.open()), money(f.overdue()), money(f.badDebt()),
                money(f.newOverdue()), f.newOverdueShare());
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** Invoices that can count: issued by asOf, and either issued within the period or not settled before asOf. */
    private static List<ReceivableFigures.Invoice> invoices(EntityManager em, LocalDate from, LocalDate asOf) {
        Date f = Date.valueOf(from);
        Date d = Date.valueOf(asOf);
        String which = " i.issueDate <= :d AND (i.issueDate >= :f OR i.settledOn IS NULL OR i.settledOn > :d)";
        Map<Long, BigDecimal> applied = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT a.invoiceId, SUM(a.amount) FROM AllocationEntity a, InvoiceEntity i"
                + " WHERE a.invoiceId = i.id AND a.appliedOn <= :d AND" + which + " GROUP BY a.invoiceId", Object[].class)
                .setParameter("d", d).setParameter("f", f).getResultList()) {
            applied.put((Long) r[0], (BigDecimal) r[1]);
        }
        List<ReceivableFigures.Invoice> out = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT i.id, i.customerId, i.issueDate, i.dueDate, i.amount, i.discount, i.settledOn"
                + " FROM InvoiceEntity i WHERE" + which, Object[].class).setParameter("d", d).setParameter("f", f)
                .getResultList()) {
            out.add(new ReceivableFigures.Invoice((Long) r[1], ((Date) r[2]).toLocalDate(), ((Date) r[3]).toLocalDate(),
                    (BigDecimal) r[4], (BigDecimal) r[5], r[6] == null ? null : ((Date) r[6]).toLocalDate(),
                    applied.getOrDefault((Long) r[0], BigDecimal.ZERO)));
        }
        return out;
    }

    static Map<Long, CustomerEntity> customers(EntityManager em, List<Long> ids) {
        Map<Long, CustomerEntity> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            em.createQuery("SELECT c FROM CustomerEntity c WHERE c.id IN :ids", CustomerEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(c -> out.put(c.getId(), c));
        }
        return out;
    }
}
