package org.kehu.platform.api.spi;

import java.util.Map;

/** A column of a report: its key, type and header labels by language tag ({@code zh-CN}, {@code en}). */
public record ReportColumn(String key, ColumnType type, Map<String, String> labels) {

    public ReportColumn {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
