package org.kehu.platform.api.spi;

import java.time.Instant;
import java.util.Map;

/** A platform event: a topic such as {@code org/kehu/credit/WARNING_RAISED}, its properties and when it happened. */
public record KehuEvent(String topic, Map<String, Object> properties, Instant time) {

    public KehuEvent {
        properties = Map.copyOf(properties);
    }
}
