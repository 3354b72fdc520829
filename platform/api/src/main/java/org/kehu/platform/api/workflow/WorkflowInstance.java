package org.kehu.platform.api.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kehu.platform.api.Money;

/**
 * A workflow instance: the definition (and the version it started with), its
 * subject, the current state with its labels, when it entered that state and
 * when it is due, when it escalated and to which role (none when the state
 * has no role to escalate to), and the transitions
 * the reading caller may take now (empty when the caller may take none or the
 * instance has ended).
 */
public record WorkflowInstance(
        long id,
        String definition,
        int definitionVersion,
        String subjectType,
        long subjectId,
        Long customerId,
        Money amount,
        Map<String, String> data,
        String state,
        Map<String, String> stateLabels,
        boolean open,
        Instant startedAt,
        String startedBy,
        Instant stateSince,
        Instant dueAt,
        Instant escalatedAt,
        String escalatedTo,
        Instant endedAt,
        long version,
        List<TransitionOption> transitions) {

    public WorkflowInstance {
        data = data == null ? Map.of() : Map.copyOf(data);
        stateLabels = stateLabels == null ? Map.of() : Map.copyOf(stateLabels);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }
}
