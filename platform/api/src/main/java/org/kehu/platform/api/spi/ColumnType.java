package org.kehu.platform.api.spi;

/** The type of a report column, which decides how JSON, CSV and XLSX render its values. */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    MONEY,
    PERCENT,
    DATE
}
