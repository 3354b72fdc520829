package org.kehu.platform.core.internal.reports;

import static org.kehu.platform.core.internal.reports.ReportSupport.column;
import static org.kehu.platform.core.internal.reports.ReportSupport.parameter;
import static org.kehu.platform.core.internal.reports.ReportSupport.pick;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.rules.Periods;
import org.kehu.platform.core.internal.service.Store;

/**
 * Grade migration (客户等级迁移): how many customers moved from each grade of
 * the {@code from} period's latest succeeded run of a policy to each grade of
 * the {@code to} period's, as a matrix: one row per from-grade plus a "new" row
 * (customers graded only in {@code to}), one column per to-grade plus a "gone"
 * column (customers graded only in {@code from}) and a row total; the totals
 * row sums each column. Three grouped queries, never the population.
 */
public class GradeMigrationReport implements ReportProvider {

    public static final String ID = "grade-migration";
    static final String NEW = "new";
    static final String GONE = "gone";

    private final Store store;

    public GradeMigrationReport(Store store) {
        this.store = store;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return pick(locale, "客户等级迁移", "Grade migration");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(parameter("policy", ColumnType.TEXT, true, "分级策略", "Grading policy"),
                parameter("from", ColumnType.TEXT, true, "起始期间（2025、2025-Q4、2025-12）", "From period (2025, 2025-Q4, 2025-12)"),
                parameter("to", ColumnType.TEXT, true, "目标期间", "To period"));
    }

    @Override
    public ReportTable run(ReportRequest request) {
        Map<String, String> p = request.parameters();
        List<FieldError> errors = new ArrayList<>();
        String policy = p.get("policy") == null ? "" : p.get("policy").strip();
        if (policy.isEmpty()) {
            errors.add(new FieldError("policy", "is required"));
        }
        Periods.Period from = period(p, "from", errors);
        Periods.Period to = period(p, "to", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.read(em -> {
            Long fromRun = GradeRuns.latestSucceeded(em, policy, from.label());
            Long toRun = GradeRuns.latestSucceeded(em, policy, to.label());
            List<FieldError> missing = new ArrayList<>();
            if (fromRun == null) {
                missing.add(new FieldError("from", "has no succeeded run of policy " + policy));
            }
            if (toRun == null) {
                missing.add(new FieldError("to", "has no succeeded run of policy " + policy));
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            List<Object[]> moves = em.createQuery("SELECT a.grade, b.grade, COUNT(a) FROM GradeAssignmentEntity a,"
                    + " GradeAssignmentEntity b WHERE a.runId = :f AND b.runId = :t AND a.customerId = b.customerId"
                    + " GROUP BY a.grade, b.grade", Object[].class).setParameter("f", fromRun).setParameter("t", toRun)
                    .getResultList();
            return table(counts(em.createQuery("SELECT a.grade, COUNT(a) FROM GradeAssignmentEntity a WHERE a.runId = :r"
                    + " GROUP BY a.grade", Object[].class).setParameter("r", fromRun).getResultList()),
                    counts(em.createQuery("SELECT a.grade, COUNT(a) FROM GradeAssignmentEntity a WHERE a.runId = :r"
                            + " GROUP BY a.grade", Object[].class).setParameter("r", toRun).getResultList()),
                    moves, request.locale());
        });
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    private static Periods.Period period(Map<String, String> p, String name, List<FieldError> errors) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            errors.add(new FieldError(name, "is required"));
            return null;
        }
        Periods.Period period = Periods.parse(v.strip());
        if (period == null) {
            errors.add(new FieldError(name, "must be a year (2026), a quarter (2026-Q3) or a month (2026-07)"));
        }
        return period;
    }

    /**
     * The matrix from the grade counts of both runs and the (from grade, to grade, count) pairs of customers graded in
     * both; grades in alphabetical order.
     */
    static ReportTable table(Map<String, Long> fromCounts, Map<String, Long> toCounts, List<Object[]> moves,
            Locale locale) {
        TreeSet<String> fromGrades = new TreeSet<>(fromCounts.keySet());
        TreeSet<String> toGrades = new TreeSet<>(toCounts.keySet());
        Map<String, Map<String, Long>> matrix = new TreeMap<>();
        Map<String, Long> stayedFrom = new HashMap<>();
        Map<String, Long> stayedTo = new HashMap<>();
        for (Object[] m : moves) {
            String f = (String) m[0];
            String t = (String) m[1];
            long n = ((Number) m[2]).longValue();
            fromGrades.add(f);
            toGrades.add(t);
            matrix.computeIfAbsent(f, k -> new HashMap<>()).merge(t, n, Long::sum);
            stayedFrom.merge(f, n, Long::sum);
            stayedTo.merge(t, n, Long::sum);
        }
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(column("fromGrade", ColumnType.TEXT, "原等级 \\ 新等级", "From grade \\ to grade"));
        for (String t : toGrades) {
            columns.add(column("to:" + t, ColumnType.INTEGER, t, t));
        }
        columns.add(column(GONE, ColumnType.INTEGER, "已无等级", "Gone"));
        columns.add(column("total", ColumnType.INTEGER, "合计", "Total"));
        int width = toGrades.size() + 2;
        long[] totals = new long[width];
        List<List<Object>> rows = new ArrayList<>();
        for (String f : fromGrades) {
            long[] cells = new long[width];
            int i = 0;
            for (String t : toGrades) {
                cells[i++] = matrix.getOrDefault(f, Map.of()).getOrDefault(t, 0L);
            }
            cells[i++] = Math.max(0, fromCounts.getOrDefault(f, 0L) - stayedFrom.getOrDefault(f, 0L));
            rows.add(row(f, cells, totals));
        }
        long[] fresh = new long[width];
        int i = 0;
        for (String t : toGrades) {
            fresh[i++] = Math.max(0, toCounts.getOrDefault(t, 0L) - stayedTo.getOrDefault(t, 0L));
        }
        rows.add(row(pick(locale, "新增", NEW), fresh, totals));
        List<Object> total = new ArrayList<>();
        total.add(ReportSupport.total(locale));
        for (long n : totals) {
            total.add(n);
        }
        return new ReportTable(columns, rows, total, ChartHint.STACKED_BAR);
    }

    private static List<Object> row(String label, long[] cells, long[] totals) {
        long sum = 0;
        for (int i = 0; i < cells.length - 1; i++) {
            sum += cells[i];
        }
        cells[cells.length - 1] = sum;
        List<Object> row = new ArrayList<>(Arrays.asList((Object) label));
        for (int i = 0; i < cells.length; i++) {
            row.add(cells[i]);
            totals[i] += cells[i];
        }
        return row;
    }
}
