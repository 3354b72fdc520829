package org.kehu.platform.soap.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.grading.GradeAssignment;
import org.kehu.platform.api.grading.GradingRun;
import org.kehu.platform.api.spi.Labels;
import org.kehu.platform.api.spi.ReportColumn;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportTable;

/** Converts between the AnalyticsService's XML types and the grading and report API's records. */
final class AnalyticsMapping {

    private AnalyticsMapping() {
    }

    static AnalyticsTypes.GradingRunData toData(GradingRun r) {
        AnalyticsTypes.GradingRunData d = new AnalyticsTypes.GradingRunData();
        d.id = r.id();
        d.policyId = r.policyId();
        d.policyVersion = r.policyVersion();
        d.period = r.period();
        d.state = r.state();
        d.total = r.total();
        d.processed = r.processed();
        d.error = r.error();
        d.requestedBy = r.requestedBy();
        d.requestedAt = r.requestedAt();
        d.startedAt = r.startedAt();
        d.finishedAt = r.finishedAt();
        return d;
    }

    static AnalyticsTypes.GradeData toData(GradeAssignment g) {
        AnalyticsTypes.GradeData d = new AnalyticsTypes.GradeData();
        d.customerId = g.customerId();
        d.policyId = g.policyId();
        d.policyVersion = g.policyVersion();
        d.period = g.period();
        d.grade = g.grade();
        d.reason = g.reason();
        d.runId = g.runId();
        d.assignedAt = g.assignedAt();
        return d;
    }

    /** {@code en} unless {@code zh-CN} is asked for. */
    static Locale locale(AnalyticsTypes.Language language) {
        return language == AnalyticsTypes.Language.ZH_CN ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /**
     * The parameters by name (the first of a name counts, blank values are left out); a required parameter of the
     * report that is missing is a field error naming it. Other checks are the report's own.
     */
    static Map<String, String> parameters(ReportProvider report, List<AnalyticsTypes.ReportParameterData> given) {
        Map<String, String> params = new LinkedHashMap<>();
        if (given != null) {
            for (AnalyticsTypes.ReportParameterData p : given) {
                if (p != null && p.name != null && p.value != null && !p.value.isBlank()) {
                    params.putIfAbsent(p.name.strip(), p.value.strip());
                }
            }
        }
        List<FieldError> missing = report.parameters().stream()
                .filter(ReportParameter::required)
                .filter(p -> !params.containsKey(p.name()))
                .map(p -> new FieldError(p.name(), "is required"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        return params;
    }

    static AnalyticsTypes.ReportData toData(String id, String name, ReportTable table, Locale locale) {
        AnalyticsTypes.ReportData d = new AnalyticsTypes.ReportData();
        d.id = id;
        d.name = name;
        for (ReportColumn c : table.columns()) {
            AnalyticsTypes.ReportColumnData cd = new AnalyticsTypes.ReportColumnData();
            cd.key = c.key();
            cd.type = c.type();
            cd.label = Labels.pick(c.labels(), locale, c.key());
            d.columns.add(cd);
        }
        for (List<Object> row : table.rows()) {
            d.rows.add(row(table.columns(), row));
        }
        d.totals = table.totals() == null ? null : row(table.columns(), table.totals());
        d.chart = table.chart();
        return d;
    }

    private static AnalyticsTypes.ReportRowData row(List<ReportColumn> columns, List<Object> values) {
        AnalyticsTypes.ReportRowData r = new AnalyticsTypes.ReportRowData();
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            AnalyticsTypes.ReportCellData cell = new AnalyticsTypes.ReportCellData();
            cell.column = columns.get(i).key();
            cell.value = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
            r.cells.add(cell);
        }
        return r;
    }
}
