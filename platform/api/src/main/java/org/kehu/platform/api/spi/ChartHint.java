package org.kehu.platform.api.spi;

/** How a report is best drawn; clients may ignore it. */
public enum ChartHint {
    NONE,
    BAR,
    LINE,
    PIE,
    STACKED_BAR
}
