package org.kehu.platform.api.workflow;

import java.util.Map;

/** A transition the caller may take from the instance's current state, with its labels (zh-CN, en). */
public record TransitionOption(String name, String to, Map<String, String> labels, boolean commentRequired) {

    public TransitionOption {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
