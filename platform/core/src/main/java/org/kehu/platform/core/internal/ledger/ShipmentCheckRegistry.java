package org.kehu.platform.core.internal.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kehu.platform.api.spi.KehuProperties;
import org.kehu.platform.api.spi.ShipmentCheck;

/** The {@link ShipmentCheck}s that plugins registered, by industry ({@code *} for every industry). */
public class ShipmentCheckRegistry {

    private final Map<ShipmentCheck, String> checks = new ConcurrentHashMap<>();

    public void bind(ShipmentCheck check, Map<String, ?> properties) {
        if (check != null) {
            Object industry = properties == null ? null : properties.get(KehuProperties.INDUSTRY);
            checks.put(check, industry == null ? "*" : industry.toString());
        }
    }

    public void unbind(ShipmentCheck check, Map<String, ?> properties) {
        if (check != null) {
            checks.remove(check);
        }
    }

    /** A check's id to sort by; a check without one, or whose id fails, comes first. */
    private static String sortKey(ShipmentCheck check) {
        try {
            String id = check.id();
            return id == null ? "" : id;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The plugin checks that apply to customers of an industry, in a stable order. */
    public List<ShipmentCheck> forIndustry(String industry) {
        return checks.entrySet().stream()
                .filter(e -> e.getValue().equals("*") || e.getValue().equals(industry))
                .map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(ShipmentCheckRegistry::sortKey))
                .toList();
    }
}
