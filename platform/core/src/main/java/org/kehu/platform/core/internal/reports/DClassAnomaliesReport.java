package org.kehu.platform.core.internal.reports;

import static org.kehu.platform.core.internal.reports.ReportSupport.column;
import static org.kehu.platform.core.internal.reports.ReportSupport.parameter;
import static org.kehu.platform.core.internal.reports.ReportSupport.pick;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.service.Store;

/**
 * D-class anomalies per business unit (D类客户异常情况): the (not deleted)
 * customers graded D or X by the {@code d-class} policy in the latest succeeded
 * run for the year, per business unit (the customer's region), with their gross
 * profit (from the figures the run recorded) and the year's improvement target:
 * {@code ceil(count × share)} customers to lift out of D class, the share being
 * the {@code target} parameter or {@code report.dclass.target} (0.2). The totals
 * row sums the units.
 */
public class DClassAnomaliesReport implements ReportProvider {

    public static final String ID = "d-class-anomalies";
    static final String POLICY = "d-class";

    static final List<ReportColumn> COLUMNS = List.of(
            column("unit", ColumnType.TEXT, "经营单位（地区）", "Business unit (region)"),
            column("dCustomers", ColumnType.INTEGER, "D类客户数", "D-class customers"),
            column("xCustomers", ColumnType.INTEGER, "待淘汰客户数（负毛利）", "To be eliminated (negative profit)"),
            column("customers", ColumnType.INTEGER, "合计客户数", "Customers"),
            column("grossProfit", ColumnType.MONEY, "毛利合计", "Gross profit"),
            column("target", ColumnType.INTEGER, "本年改善目标（户）", "Improvement target (customers)"));

    private final Store store;
    private final BigDecimal defaultShare;

    public DClassAnomaliesReport(Store store, String defaultShare) {
        this.store = store;
        BigDecimal s;
        try {
            s = new BigDecimal(defaultShare.strip());
        } catch (RuntimeException e) {
            s = new BigDecimal("0.2");
        }
        this.defaultShare = s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0 ? new BigDecimal("0.2") : s;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return pick(locale, "D类客户异常情况（按经营单位）", "D-class anomalies per business unit");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(parameter("year", ColumnType.INTEGER, true, "年份", "Year"),
                parameter("target", ColumnType.PERCENT, false, "年度改善比例（0–1，默认配置值）",
                        "Share to lift out this year (0–1, default from settings)"));
    }

    /** One D or X customer. */
    record Anomaly(String unit, String grade, BigDecimal grossProfit) {
    }

    @Override
    public ReportTable run(ReportRequest request) {
        int year = ReportSupport.integer(request, "year", 1900, 9999);
        BigDecimal share = share(request.parameters().get("target"), defaultShare);
        return store.read(em -> {
            Long run = GradeRuns.latestSucceeded(em, POLICY, Integer.toString(year));
            if (run == null) {
                throw ValidationException.of("year", "has no succeeded run of policy " + POLICY);
            }
            List<Anomaly> out = new ArrayList<>();
            for (Object[] r : em.createQuery("SELECT c.region, a.grade, a.figures FROM GradeAssignmentEntity a,"
                    + " CustomerEntity c WHERE a.runId = :r AND a.customerId = c.id AND c.deletedAt IS NULL"
                    + " AND a.grade IN :grades", Object[].class).setParameter("r", run)
                    .setParameter("grades", List.of("D", "X")).getResultList()) {
                out.add(new Anomaly((String) r[0], (String) r[1], GradeRuns.figure((String) r[2], "grossProfit")));
            }
            return table(out, share, request.locale());
        });
    }

    static BigDecimal share(String v, BigDecimal fallback) {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        BigDecimal s;
        try {
            s = new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("target", "must be a number between 0 and 1");
        }
        if (s.signum() < 0 || s.compareTo(BigDecimal.ONE) > 0) {
            throw ValidationException.of("target", "must be a number between 0 and 1");
        }
        return s;
    }

    static long target(long count, BigDecimal share) {
        return BigDecimal.valueOf(count).multiply(share).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    static ReportTable table(List<Anomaly> anomalies, BigDecimal share, Locale locale) {
        String none = "\uffff";
        Map<String, Object[]> units = new TreeMap<>();
        for (Anomaly a : anomalies) {
            String unit = a.unit() == null || a.unit().isBlank() ? none : a.unit();
            Object[] u = units.computeIfAbsent(unit, k -> new Object[] {0L, 0L, BigDecimal.ZERO});
            if ("X".equals(a.grade())) {
                u[1] = (Long) u[1] + 1;
            } else {
                u[0] = (Long) u[0] + 1;
            }
            if (a.grossProfit() != null) {
                u[2] = ((BigDecimal) u[2]).add(a.grossProfit());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        long d = 0;
        long x = 0;
        long t = 0;
        BigDecimal profit = BigDecimal.ZERO;
        for (Map.Entry<String, Object[]> e : units.entrySet()) {
            long ud = (Long) e.getValue()[0];
            long ux = (Long) e.getValue()[1];
            BigDecimal up = (BigDecimal) e.getValue()[2];
            long ut = target(ud + ux, share);
            rows.add(Arrays.asList(e.getKey().equals(none) ? pick(locale, "（未填写）", "(not given)") : e.getKey(), ud, ux,
                    ud + ux, up.setScale(2, RoundingMode.HALF_UP), ut));
            d += ud;
            x += ux;
            t += ut;
            profit = profit.add(up);
        }
        return new ReportTable(COLUMNS, rows, Arrays.asList(ReportSupport.total(locale), d, x, d + x,
                profit.setScale(2, RoundingMode.HALF_UP), t), ChartHint.BAR);
    }
}
