package org.kehu.platform.api.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One typed extension attribute an industry module adds to customers.
 *
 * @param name        attribute key, {@code [a-zA-Z][a-zA-Z0-9]*}, e.g. {@code annualTonnage}
 * @param type        value type
 * @param required    whether a customer of the industry must carry it
 * @param min         smallest allowed value for INTEGER and DECIMAL, or {@code null}
 * @param max         largest allowed value for INTEGER and DECIMAL, or {@code null}
 * @param maxLength   longest allowed STRING, or {@code null} (the platform caps text at 1000)
 * @param values      allowed values of an ENUM
 * @param labels      the attribute's label by language tag ({@code zh-CN}, {@code en})
 */
public record AttributeDefinition(
        String name,
        AttributeType type,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        Integer maxLength,
        List<String> values,
        Map<String, String> labels) {

    public AttributeDefinition {
        values = values == null ? List.of() : List.copyOf(values);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
