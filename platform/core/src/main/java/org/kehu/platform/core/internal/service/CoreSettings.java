package org.kehu.platform.core.internal.service;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.kehu.platform.core.internal.rules.CustomerNumbers;

/**
 * The core's settings from {@code etc/org.kehu.platform.core.cfg}. Every
 * default is defined once, in that file; a change there takes effect without a
 * rebuild.
 */
public class CoreSettings {

    private final String numberPrefix;
    private final Set<String> industries;
    private final int defaultPageSize;
    private final int maxPageSize;
    private final boolean demoData;

    public CoreSettings(String numberPrefix, String industries, int defaultPageSize, int maxPageSize, boolean demoData) {
        CustomerNumbers.checkPrefix(numberPrefix);
        if (defaultPageSize < 1 || maxPageSize < defaultPageSize) {
            throw new IllegalArgumentException("page sizes must satisfy 1 <= default <= max");
        }
        this.numberPrefix = numberPrefix;
        this.industries = Arrays.stream(industries.split(","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
        this.demoData = demoData;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    /** Industry codes customers may carry even when no module of that industry is installed. */
    public Set<String> industries() {
        return industries;
    }

    public int defaultPageSize() {
        return defaultPageSize;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    public boolean demoData() {
        return demoData;
    }
}
