package org.kehu.platform.api.spi;

import java.util.Map;

/**
 * One grade of a policy's scale, e.g. {@code A}; {@code labels} by language tag
 * ({@code zh-CN}, {@code en}).
 */
public record Grade(String code, Map<String, String> labels) {

    public Grade {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
