package org.kehu.platform.api.spi;

import java.math.BigDecimal;
import java.util.Map;

/** What a workflow instance governs: its type (e.g. {@code contract}), id, amount and further data for guards. */
public record WorkflowSubject(String type, long id, Long customerId, BigDecimal amount, Map<String, Object> data) {

    public WorkflowSubject {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
