package org.kehu.platform.api.spi;

import java.time.Duration;
import java.util.Map;

/**
 * A state of a workflow. {@code dueWithin} is how long an instance may wait in it
 * before it escalates to the role {@code escalateTo} ({@code null}: no deadline);
 * a terminal state ends the instance.
 */
public record WorkflowState(String id, Map<String, String> labels, boolean terminal, Duration dueWithin, String escalateTo) {

    public WorkflowState {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
