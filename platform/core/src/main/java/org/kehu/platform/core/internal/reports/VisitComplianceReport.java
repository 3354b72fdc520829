package org.kehu.platform.core.internal.reports;

import static org.kehu.platform.core.internal.reports.ReportSupport.column;
import static org.kehu.platform.core.internal.reports.ReportSupport.parameter;
import static org.kehu.platform.core.internal.reports.ReportSupport.pick;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kehu.platform.api.ActivityType;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.service.Store;

/**
 * Visit compliance by owner (拜访达标率): for each owner, the customers they
 * own (not churned, eliminated or deleted), the visits (activities of type
 * VISIT) to those customers in the month, how many customers were visited and
 * how many reached the monthly target of visits, and the compliance rate
 * (customers at target / customers). The target is a parameter, by default
 * {@code report.visit.target.monthly} of {@code etc/org.kehu.platform.core.cfg}.
 * <p>
 * With a {@code policy} parameter the rows are the grades of that policy's
 * current run instead (customers without a current grade left out), each with
 * its own monthly target: A ≥ 4 (weekly), B ≥ 2, C ≥ 1 by default, settings
 * {@code report.visit.target.A/B/C}; other grades use the monthly target.
 */
public class VisitComplianceReport implements ReportProvider {

    public static final String ID = "visit-compliance";

    static final List<ReportColumn> COLUMNS = List.of(
            column("owner", ColumnType.TEXT, "客户经理", "Owner"),
            column("customers", ColumnType.INTEGER, "负责客户数", "Customers"),
            column("visits", ColumnType.INTEGER, "拜访次数", "Visits"),
            column("visitedCustomers", ColumnType.INTEGER, "已拜访客户数", "Customers visited"),
            column("compliantCustomers", ColumnType.INTEGER, "达标客户数", "Customers at target"),
            column("complianceRate", ColumnType.PERCENT, "达标率", "Compliance rate"));

    private static final List<LifecycleStatus> GONE = List.of(LifecycleStatus.CHURNED, LifecycleStatus.ELIMINATED);

    static final List<ReportColumn> GRADE_COLUMNS = List.of(
            column("grade", ColumnType.TEXT, "客户等级", "Grade"),
            column("target", ColumnType.INTEGER, "每月拜访目标（次）", "Monthly target visits"),
            column("customers", ColumnType.INTEGER, "客户数", "Customers"),
            column("visits", ColumnType.INTEGER, "拜访次数", "Visits"),
            column("visitedCustomers", ColumnType.INTEGER, "已拜访客户数", "Customers visited"),
            column("compliantCustomers", ColumnType.INTEGER, "达标客户数", "Customers at target"),
            column("complianceRate", ColumnType.PERCENT, "达标率", "Compliance rate"));

    private final Store store;
    private final int defaultTarget;
    private final Map<String, Integer> gradeTargets;

    public VisitComplianceReport(Store store, int defaultTarget) {
        this(store, defaultTarget, 4, 2, 1);
    }

    public VisitComplianceReport(Store store, int defaultTarget, int targetA, int targetB, int targetC) {
        this.store = store;
        this.defaultTarget = Math.max(1, defaultTarget);
        this.gradeTargets = Map.of("A", Math.max(1, targetA), "B", Math.max(1, targetB), "C", Math.max(1, targetC));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return pick(locale, "客户拜访达标率", "Visit compliance");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(parameter("year", ColumnType.INTEGER, true, "年份", "Year"),
                parameter("month", ColumnType.INTEGER, true, "月份（1–12）", "Month (1–12)"),
                parameter("target", ColumnType.INTEGER, false, "每客户每月拜访目标（次）",
                        "Target visits per customer and month"),
                parameter("policy", ColumnType.TEXT, false, "分级策略（给出时按等级统计）",
                        "Grading policy (given: compliance per grade)"));
    }

    /** Visits to one customer of one owner. */
    record Visits(String owner, long customerId, long count) {
    }

    @Override
    public ReportTable run(ReportRequest request) {
        int year = ReportSupport.integer(request, "year", 1900, 9999);
        int month = ReportSupport.integer(request, "month", 1, 12);
        String t = request.parameters().get("target");
        int target = t == null || t.isBlank() ? defaultTarget : ReportSupport.integer(request, "target", 1, 1000);
        LocalDate from = LocalDate.of(year, month, 1);
        // activities keep their local date and time
        Timestamp start = Timestamp.valueOf(from.atStartOfDay());
        Timestamp end = Timestamp.valueOf(from.plusMonths(1).atStartOfDay());
        String policy = request.parameters().get("policy");
        if (policy != null && !policy.isBlank()) {
            return store.read(em -> {
                Long run = GradeRuns.current(em, policy.strip());
                if (run == null) {
                    throw ValidationException.of("policy", "has no current grades (no succeeded run)");
                }
                Map<String, Long> customers = new TreeMap<>();
                for (Object[] r : em.createQuery("SELECT a.grade, COUNT(c) FROM GradeAssignmentEntity a, CustomerEntity c"
                        + " WHERE a.runId = :r AND a.customerId = c.id AND c.deletedAt IS NULL AND c.status NOT IN :gone"
                        + " GROUP BY a.grade", Object[].class).setParameter("r", run).setParameter("gone", GONE)
                        .getResultList()) {
                    customers.put((String) r[0], ((Number) r[1]).longValue());
                }
                List<Visits> visits = new ArrayList<>();
                for (Object[] r : em.createQuery("SELECT g.grade, c.id, COUNT(a) FROM ActivityEntity a JOIN a.customer c,"
                        + " GradeAssignmentEntity g WHERE g.runId = :r AND g.customerId = c.id AND a.type = :visit"
                        + " AND a.occurredAt >= :start AND a.occurredAt < :end AND c.deletedAt IS NULL"
                        + " AND c.status NOT IN :gone GROUP BY g.grade, c.id", Object[].class).setParameter("r", run)
                        .setParameter("visit", ActivityType.VISIT).setParameter("start", start).setParameter("end", end)
                        .setParameter("gone", GONE).getResultList()) {
                    visits.add(new Visits((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
                }
                return gradeTable(customers, visits, gradeTargets, defaultTarget, request.locale());
            });
        }
        return store.read(em -> {
            Map<String, Long> customers = new TreeMap<>();
            for (Object[] r : em.createQuery("SELECT c.owner, COUNT(c) FROM CustomerEntity c WHERE c.deletedAt IS NULL"
                    + " AND c.status NOT IN :gone GROUP BY c.owner", Object[].class).setParameter("gone", GONE)
                    .getResultList()) {
                customers.put(owner(r[0]), ((Number) r[1]).longValue());
            }
            List<Visits> visits = new ArrayList<>();
            for (Object[] r : em.createQuery("SELECT c.owner, c.id, COUNT(a) FROM ActivityEntity a JOIN a.customer c"
                    + " WHERE a.type = :visit AND a.occurredAt >= :start AND a.occurredAt < :end AND c.deletedAt IS NULL"
                    + " AND c.status NOT IN :gone GROUP BY c.owner, c.id", Object[].class)
                    .setParameter("visit", ActivityType.VISIT).setParameter("start", start).setParameter("end", end)
                    .setParameter("gone", GONE).getResultList()) {
                visits.add(new Visits(owner(r[0]), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
            }
            return table(customers, visits, target, request.locale());
        });
    }

    private static String owner(Object o) {
        return o == null ? "" : o.toString();
    }

    static ReportTable table(Map<String, Long> customers, List<Visits> visits, int target, Locale locale) {
        Map<String, long[]> byOwner = new TreeMap<>();
        customers.forEach((owner, n) -> byOwner.computeIfAbsent(owner, k -> new long[4])[0] = n);
        for (Visits v : visits) {
            long[] a = byOwner.computeIfAbsent(v.owner(), k -> new long[4]);
            a[1] += v.count();
            a[2] += v.count() > 0 ? 1 : 0;
            a[3] += v.count() >= target ? 1 : 0;
        }
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[4];
        byOwner.forEach((owner, a) -> {
            rows.add(row(owner.isEmpty() ? pick(locale, "（未分配）", "(unassigned)") : owner, a));
            for (int i = 0; i < 4; i++) {
                total[i] += a[i];
            }
        });
        return new ReportTable(COLUMNS, rows, row(ReportSupport.total(locale), total), ChartHint.BAR);
    }

    private static List<Object> row(String owner, long[] a) {
        BigDecimal rate = Amounts.ratio(BigDecimal.valueOf(a[3]), BigDecimal.valueOf(a[0]));
        return Arrays.asList(owner, a[0], a[1], a[2], a[3], rate);
    }

    /** Compliance per grade; {@code Visits.owner} holds the grade; a grade's target from {@code targets} or the fallback. */
    static ReportTable gradeTable(Map<String, Long> customers, List<Visits> visits, Map<String, Integer> targets,
            int fallback, Locale locale) {
        Map<String, long[]> byGrade = new TreeMap<>();
        customers.forEach((g, n) -> byGrade.computeIfAbsent(g, k -> new long[4])[0] = n);
        for (Visits v : visits) {
            long[] a = byGrade.computeIfAbsent(v.owner(), k -> new long[4]);
            a[1] += v.count();
            a[2] += v.count() > 0 ? 1 : 0;
            a[3] += v.count() >= targets.getOrDefault(v.owner(), fallback) ? 1 : 0;
        }
        List<List<Object>> rows = new ArrayList<>();
        long[] total = new long[4];
        byGrade.forEach((g, a) -> {
            List<Object> row = new ArrayList<>(row(g, a));
            row.add(1, (long) targets.getOrDefault(g, fallback));
            rows.add(row);
            for (int i = 0; i < 4; i++) {
                total[i] += a[i];
            }
        });
        List<Object> totals = new ArrayList<>(row(ReportSupport.total(locale), total));
        totals.add(1, null);
        return new ReportTable(GRADE_COLUMNS, rows, totals, ChartHint.BAR);
    }
}
