package org.kehu.platform.api.spi;

import java.util.Map;

/** A parameter a report takes, e.g. {@code year} of type {@code INTEGER}. */
public record ReportParameter(String name, ColumnType type, boolean required, Map<String, String> labels) {

    public ReportParameter {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
