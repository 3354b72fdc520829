package org.kehu.platform.api.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.platform.api.Money;

/**
 * What to start: a definition id and its subject. For definitions whose subject is
 * a customer, {@code subjectId} is the customer's id; {@code amount} and
 * {@code data} carry what the definition asks for (see its description), and the
 * definition may replace them with what it reads from its own records.
 */
public record WorkflowStart(String definition, Long subjectId, Money amount, Map<String, String> data, String comment) {

    /** Entries without a value are left out. */
    public WorkflowStart {
        Map<String, String> given = new LinkedHashMap<>();
        if (data != null) {
            data.forEach((k, v) -> {
                if (k != null && v != null) {
                    given.put(k, v);
                }
            });
        }
        data = Collections.unmodifiableMap(given);
    }
}
