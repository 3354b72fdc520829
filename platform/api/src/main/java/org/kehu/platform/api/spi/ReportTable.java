package org.kehu.platform.api.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report's result: typed columns, rows of values in column order
 * ({@code String}, {@code Long}, {@code BigDecimal}, {@code LocalDate} or
 * {@code null}), an optional totals row and a chart hint.
 */
public record ReportTable(List<ReportColumn> columns, List<List<Object>> rows, List<Object> totals, ChartHint chart) {

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        totals = totals == null ? null : Collections.unmodifiableList(new ArrayList<>(totals));
        chart = chart == null ? ChartHint.NONE : chart;
    }
}
