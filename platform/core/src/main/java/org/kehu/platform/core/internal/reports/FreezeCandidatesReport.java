package org.kehu.platform.core.internal.reports;

import static org.kehu.platform.core.internal.reports.ReportSupport.column;
import static org.kehu.platform.core.internal.reports.ReportSupport.parameter;
import static org.kehu.platform.core.internal.reports.ReportSupport.pick;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.ledger.LedgerQueries;
import org.kehu.platform.core.internal.rules.CreditPosition;
import org.kehu.platform.core.internal.service.Store;
import org.kehu.platform.core.internal.workflow.FreezeWorkflow;

/**
 * Customers proposed for freezing (冻结建议): new, active or dormant customers without revenue for the given number
 * of months (default {@code report.freeze.idle.months}), with no open receivables, no open sales orders and no
 * goods shipped but not invoiced — the ones the freeze workflow may freeze at once. A customer already in a freeze
 * workflow is marked.
 */
public class FreezeCandidatesReport implements ReportProvider {

    public static final String ID = "freeze-candidates";

    static final List<ReportColumn> COLUMNS = List.of(
            column("customerNumber", ColumnType.TEXT, "客户编号", "Customer number"),
            column("customerName", ColumnType.TEXT, "客户名称", "Customer"),
            column("owner", ColumnType.TEXT, "客户经理", "Owner"),
            column("status", ColumnType.TEXT, "当前状态", "Current status"),
            column("lastRevenue", ColumnType.DATE, "最近开票日期", "Last invoiced on"),
            column("idleMonths", ColumnType.INTEGER, "无交易月数", "Months without revenue"),
            column("freezeRequested", ColumnType.TEXT, "冻结流程", "Freeze workflow"));

    private static final Set<LifecycleStatus> FREEZABLE = Set.of(LifecycleStatus.NEW, LifecycleStatus.ACTIVE,
            LifecycleStatus.DORMANT);

    private final Store store;
    private final int defaultMonths;
    private final ZoneId zone = ZoneId.systemDefault();

    public FreezeCandidatesReport(Store store, int defaultMonths) {
        this.store = store;
        this.defaultMonths = defaultMonths;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return pick(locale, "冻结建议客户", "Customers proposed for freezing");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(parameter("months", ColumnType.INTEGER, false, "无交易月数（默认" + defaultMonths + "）",
                "Months without revenue (default " + defaultMonths + ")"));
    }

    /** A customer as the report weighs it. */
    record Candidate(String number, String name, String owner, LifecycleStatus status, LocalDate lastRevenue,
            LocalDate since, boolean requested) {
    }

    @Override
    public ReportTable run(ReportRequest request) {
        String given = request.parameters().get("months");
        int months = given == null || given.isBlank() ? defaultMonths : ReportSupport.integer(request, "months", 1, 120);
        LocalDate today = LocalDate.now(zone);
        List<Candidate> candidates = store.read(em -> {
            Map<Long, LocalDate> lastInvoice = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT i.customerId, MAX(i.issueDate) FROM InvoiceEntity i"
                    + " GROUP BY i.customerId", Object[].class).getResultList()) {
                lastInvoice.put((Long) r[0], ((java.sql.Date) r[1]).toLocalDate());
            }
            Set<Long> requested = new HashSet<>(em.createQuery("SELECT e.subjectId FROM WorkflowInstanceEntity e"
                    + " WHERE e.definitionId = :d AND e.open = TRUE", Long.class)
                    .setParameter("d", FreezeWorkflow.ID).getResultList());
            Map<Long, CreditPosition> positions = LedgerQueries.positions(em, null, today);
            List<Candidate> out = new ArrayList<>();
            for (CustomerEntity c : em.createQuery("SELECT c FROM CustomerEntity c WHERE c.deletedAt IS NULL"
                    + " AND c.status IN :statuses", CustomerEntity.class).setParameter("statuses", FREEZABLE)
                    .getResultList()) {
                CreditPosition p = positions.get(c.getId());
                if (p != null && !p.openBusiness().isEmpty()) {
                    continue;
                }
                out.add(new Candidate(c.getNumber(), c.getName(), c.getOwner(), c.getStatus(),
                        lastInvoice.get(c.getId()), c.getCreatedAt().atZone(zone).toLocalDate(),
                        requested.contains(c.getId())));
            }
            return out;
        });
        return table(candidates, months, today, request.locale());
    }

    static ReportTable table(List<Candidate> candidates, int months, LocalDate today, Locale locale) {
        LocalDate cutoff = today.minusMonths(months);
        List<Candidate> idle = new ArrayList<>();
        for (Candidate c : candidates) {
            LocalDate last = c.lastRevenue() != null ? c.lastRevenue() : c.since();
            if (!last.isAfter(cutoff)) {
                idle.add(c);
            }
        }
        idle.sort(Comparator.comparing((Candidate c) -> c.lastRevenue() != null ? c.lastRevenue() : c.since())
                .thenComparing(Candidate::number));
        List<List<Object>> rows = new ArrayList<>();
        long requested = 0;
        for (Candidate c : idle) {
            LocalDate last = c.lastRevenue() != null ? c.lastRevenue() : c.since();
            requested += c.requested() ? 1 : 0;
            rows.add(Arrays.asList(c.number(), c.name(), c.owner(), c.status().name(), c.lastRevenue(),
                    ChronoUnit.MONTHS.between(last, today),
                    c.requested() ? pick(locale, "审批中", "in progress") : null));
        }
        String summary = pick(locale, rows.size() + " 户；冻结审批中 " + requested,
                rows.size() + " customers; freeze in progress " + requested);
        return new ReportTable(COLUMNS, rows, Arrays.asList(ReportSupport.total(locale), summary, null, null, null,
                null, null), ChartHint.NONE);
    }
}
