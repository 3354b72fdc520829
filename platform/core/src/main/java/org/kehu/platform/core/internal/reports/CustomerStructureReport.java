package org.kehu.platform.core.internal.reports;

import static org.kehu.platform.core.internal.reports.ReportSupport.column;
import static org.kehu.platform.core.internal.reports.ReportSupport.parameter;
import static org.kehu.platform.core.internal.reports.ReportSupport.pick;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.rules.Amounts;
import org.kehu.platform.core.internal.service.Store;

/**
 * Customer structure: the (not deleted) customers counted by industry, by
 * region or by current grade of a policy (the assignments of its current run;
 * customers without one form a "not graded" group), with each group's share of
 * all customers. Grouped queries only.
 */
public class CustomerStructureReport implements ReportProvider {

    public static final String ID = "customer-structure";

    private final Store store;

    public CustomerStructureReport(Store store) {
        this.store = store;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return pick(locale, "客户结构分析", "Customer structure");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(parameter("group", ColumnType.TEXT, false, "分组（industry 行业 / region 地区 / grade 等级）",
                "Group by (industry, region or grade)"),
                parameter("policy", ColumnType.TEXT, false, "分级策略（按等级分组时必填）",
                        "Grading policy (required when grouping by grade)"));
    }

    @Override
    public ReportTable run(ReportRequest request) {
        String group = request.parameters().getOrDefault("group", "industry").strip();
        if (group.equals("grade")) {
            String policy = request.parameters().get("policy");
            if (policy == null || policy.isBlank()) {
                throw ValidationException.of("policy", "is required when grouping by grade");
            }
            return store.read(em -> {
                Long run = GradeRuns.current(em, policy.strip());
                if (run == null) {
                    throw ValidationException.of("policy", "has no current grades (no succeeded run)");
                }
                List<Object[]> counts = new ArrayList<>(em.createQuery("SELECT a.grade, COUNT(a) FROM GradeAssignmentEntity a,"
                        + " CustomerEntity c WHERE a.runId = :r AND a.customerId = c.id AND c.deletedAt IS NULL"
                        + " GROUP BY a.grade", Object[].class).setParameter("r", run).getResultList());
                long all = em.createQuery("SELECT COUNT(c) FROM CustomerEntity c WHERE c.deletedAt IS NULL", Long.class)
                        .getSingleResult();
                long graded = counts.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
                if (all > graded) {
                    counts.add(new Object[] {null, all - graded});
                }
                return table(group, counts, request.locale());
            });
        }
        if (!group.equals("industry") && !group.equals("region")) {
            throw ValidationException.of("group", "must be industry, region or grade");
        }
        String field = group;
        List<Object[]> counts = store.read(em -> em.createQuery("SELECT c." + field + ", COUNT(c) FROM CustomerEntity c"
                + " WHERE c.deletedAt IS NULL GROUP BY c." + field, Object[].class).getResultList());
        return table(group, counts, request.locale());
    }

    /** The table from (group value, count) pairs: largest group first; a missing value is its own group. */
    static ReportTable table(String group, List<Object[]> counts, Locale locale) {
        long total = 0;
        for (Object[] r : counts) {
            total += ((Number) r[1]).longValue();
        }
        String none = group.equals("grade") ? pick(locale, "（未评级）", "(not graded)") : pick(locale, "（未填写）", "(not given)");
        List<Object[]> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.<Object[]>comparingLong(r -> -((Number) r[1]).longValue())
                .thenComparing(r -> r[0] == null ? "\uffff" : r[0].toString()));
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : sorted) {
            long n = ((Number) r[1]).longValue();
            rows.add(List.of(r[0] == null ? none : r[0].toString(), n, share(n, total)));
        }
        Object all = total == 0 ? BigDecimal.ZERO : BigDecimal.ONE.setScale(4);
        return new ReportTable(List.of(
                group.equals("industry") ? column("industry", ColumnType.TEXT, "行业", "Industry")
                        : group.equals("grade") ? column("grade", ColumnType.TEXT, "等级", "Grade")
                        : column("region", ColumnType.TEXT, "地区", "Region"),
                column("customers", ColumnType.INTEGER, "客户数", "Customers"),
                column("share", ColumnType.PERCENT, "占比", "Share")),
                rows, List.of(ReportSupport.total(locale), total, all), ChartHint.PIE);
    }

    private static Object share(long n, long total) {
        BigDecimal r = Amounts.ratio(BigDecimal.valueOf(n), BigDecimal.valueOf(total));
        return r == null ? BigDecimal.ZERO : r;
    }

}
