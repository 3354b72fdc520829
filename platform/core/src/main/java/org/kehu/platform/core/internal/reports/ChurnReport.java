package org.kehu.platform.core.internal.reports;

import static org.kehu.platform.core.internal.reports.ReportSupport.column;
import static org.kehu.platform.core.internal.reports.ReportSupport.parameter;
import static org.kehu.platform.core.internal.reports.ReportSupport.pick;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.WinBackOutcome;
import org.kehu.platform.api.spi.ChartHint;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.service.Store;

/**
 * Churn and win-back (客户流失与挽回): every customer whose latest churn falls
 * in the optional date range, with the churn date and reason from the status
 * history, the current status and the win-back decision (win back or not to
 * be recovered, estimated cost and value, who decided when). Totals count the
 * churned customers and each decision and sum the estimates.
 */
public class ChurnReport implements ReportProvider {

    public static final String ID = "churn-win-back";

    static final List<ReportColumn> COLUMNS = List.of(
            column("customerNumber", ColumnType.TEXT, "客户编号", "Customer number"),
            column("customerName", ColumnType.TEXT, "客户名称", "Customer"),
            column("churnedOn", ColumnType.DATE, "流失日期", "Churned on"),
            column("churnReason", ColumnType.TEXT, "流失原因", "Churn reason"),
            column("status", ColumnType.TEXT, "当前状态", "Current status"),
            column("decision", ColumnType.TEXT, "挽回决定", "Win-back decision"),
            column("estimatedCost", ColumnType.MONEY, "预计挽回成本", "Estimated cost"),
            column("estimatedValue", ColumnType.MONEY, "预计挽回价值", "Estimated value"),
            column("decidedBy", ColumnType.TEXT, "决定人", "Decided by"),
            column("decidedOn", ColumnType.DATE, "决定日期", "Decided on"));

    private final Store store;
    private final ZoneId zone;

    public ChurnReport(Store store) {
        this(store, ZoneId.systemDefault());
    }

    ChurnReport(Store store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return pick(locale, "客户流失与挽回", "Churn and win-back");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(parameter("from", ColumnType.DATE, false, "流失日期自", "Churned from"),
                parameter("to", ColumnType.DATE, false, "流失日期至", "Churned until"));
    }

    /** One churn event as the report needs it. */
    record Churn(String number, String name, LocalDate churnedOn, String reason, LifecycleStatus status,
            WinBackOutcome decision, BigDecimal cost, BigDecimal value, String decidedBy, LocalDate decidedOn) {
    }

    @Override
    public ReportTable run(ReportRequest request) {
        LocalDate from = date(request, "from");
        LocalDate to = date(request, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from");
        }
        List<Churn> churns = store.read(em -> {
            Map<Long, Churn> latest = new LinkedHashMap<>();
            for (Object[] r : em.createQuery("SELECT c, s.at, s.reason FROM StatusChangeEntity s JOIN s.customer c"
                    + " WHERE s.toStatus = :churned AND c.deletedAt IS NULL ORDER BY s.id", Object[].class)
                    .setParameter("churned", LifecycleStatus.CHURNED).getResultList()) {
                CustomerEntity c = (CustomerEntity) r[0];
                LocalDate on = ((Timestamp) r[1]).toInstant().atZone(zone).toLocalDate();
                String reason = (String) r[2];
                boolean current = c.getStatus() == LifecycleStatus.CHURNED || c.getWinBackOutcome() != null;
                latest.put(c.getId(), new Churn(c.getNumber(), c.getName(), on,
                        c.getStatus() == LifecycleStatus.CHURNED && c.getChurnReason() != null ? c.getChurnReason() : reason,
                        c.getStatus(), current ? c.getWinBackOutcome() : null, current ? c.getWinBackCost() : null,
                        current ? c.getWinBackValue() : null, current ? c.getWinBackBy() : null,
                        current && c.getWinBackAt() != null ? c.getWinBackAt().atZone(zone).toLocalDate() : null));
            }
            return new ArrayList<>(latest.values());
        });
        return table(churns, from, to, request.locale());
    }

    static ReportTable table(List<Churn> churns, LocalDate from, LocalDate to, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        long winBack = 0;
        long lost = 0;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        List<Churn> sorted = new ArrayList<>(churns);
        sorted.sort((a, b) -> a.churnedOn().compareTo(b.churnedOn()) != 0 ? a.churnedOn().compareTo(b.churnedOn())
                : a.number().compareTo(b.number()));
        for (Churn c : sorted) {
            if (from != null && c.churnedOn().isBefore(from) || to != null && c.churnedOn().isAfter(to)) {
                continue;
            }
            if (c.decision() == WinBackOutcome.WIN_BACK) {
                winBack++;
            } else if (c.decision() == WinBackOutcome.NOT_TO_BE_RECOVERED) {
                lost++;
            }
            cost = c.cost() == null ? cost : cost.add(c.cost());
            value = c.value() == null ? value : value.add(c.value());
            rows.add(Arrays.asList(c.number(), c.name(), c.churnedOn(), c.reason(), status(c.status(), locale),
                    decision(c.decision(), locale), c.cost(), c.value(), c.decidedBy(), c.decidedOn()));
        }
        String summary = pick(locale, rows.size() + " 户；挽回 " + winBack + "，不予挽回 " + lost,
                rows.size() + " customers; win back " + winBack + ", not to be recovered " + lost);
        return new ReportTable(COLUMNS, rows, Arrays.asList(ReportSupport.total(locale), summary, null, null, null, null,
                cost, value, null, null), ChartHint.NONE);
    }

    static String decision(WinBackOutcome o, Locale locale) {
        if (o == null) {
            return pick(locale, "未决定", "undecided");
        }
        return o == WinBackOutcome.WIN_BACK ? pick(locale, "挽回", "win back") : pick(locale, "不予挽回", "not to be recovered");
    }

    static String status(LifecycleStatus s, Locale locale) {
        if (!ReportSupport.chinese(locale)) {
            return s.name();
        }
        return switch (s) {
            case PROSPECT -> "潜在客户";
            case NEW -> "新客户";
            case ACTIVE -> "活跃";
            case DORMANT -> "休眠";
            case FROZEN -> "冻结";
            case CHURNED -> "流失";
            case ELIMINATED -> "淘汰";
        };
    }

    private static LocalDate date(ReportRequest request, String name) {
        String v = request.parameters().get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, "must be a date (yyyy-MM-dd)");
        }
    }
}
