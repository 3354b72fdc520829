package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowSubject;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.api.workflow.TransitionOption;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.core.internal.entity.WorkflowInstanceEntity;
import org.kehu.platform.core.internal.ledger.Ledger;
import org.kehu.platform.core.internal.rules.Violations;

/** How the engine's instances look to the API, to definitions and in events, and how start data is checked. */
final class WorkflowRecords {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

    private WorkflowRecords() {
    }

    /** The subject as the definition sees it: its type, id, customer, amount and data. */
    static WorkflowSubject subject(WorkflowInstanceEntity e) {
        return new WorkflowSubject(e.getSubjectType(), e.getSubjectId(), e.getCustomerId(), e.getAmount(),
                new HashMap<String, Object>(WorkflowRules.decode(e.getData())));
    }

    /** The instance as the API shows it to the actor, with the transitions the actor may take now. */
    static WorkflowInstance record(Ledger ledger, WorkflowInstanceEntity e, WorkflowDefinition definition, Actor actor) {
        Map<String, String> labels = Map.of();
        List<TransitionOption> options = new ArrayList<>();
        if (definition != null) {
            labels = WorkflowRules.state(definition, e.getState()).map(WorkflowState::labels).orElse(Map.of());
            if (e.isOpen()) {
                for (WorkflowTransition t : WorkflowRules.options(definition, e.getState(), e.getAmount(),
                        e.getEscalatedTo(), e.getStartedBy(), actor)) {
                    if (options.stream().noneMatch(o -> o.name().equals(t.name()))) {
                        options.add(new TransitionOption(t.name(), t.to(), t.labels(), t.commentRequired()));
                    }
                }
            }
        }
        return new WorkflowInstance(e.getId(), e.getDefinitionId(), e.getDefinitionVersion(), e.getSubjectType(),
                e.getSubjectId(), e.getCustomerId(), e.getAmount() == null ? null : ledger.money(e.getAmount()),
                WorkflowRules.decode(e.getData()), e.getState(), labels, e.isOpen(), e.getStartedAt(), e.getStartedBy(),
                e.getStateSince(), e.getDueAt(), e.getEscalatedAt(), e.getEscalatedTo(), e.getEndedAt(), e.getVersion(),
                options);
    }

    /** An event about the instance, with the properties every workflow event carries. */
    static KehuEvent event(Ledger ledger, String topic, WorkflowInstanceEntity e, Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(extra);
        p.put("instanceId", e.getId());
        p.put("definition", e.getDefinitionId());
        p.put("subjectType", e.getSubjectType());
        p.put("subjectId", e.getSubjectId());
        p.put("state", e.getState());
        if (e.getCustomerId() != null) {
            p.put("customerId", e.getCustomerId());
        }
        return new KehuEvent(topic, p, ledger.clock().instant());
    }

    /** Checks the keys and sizes of start data. */
    static void checkData(Violations v, Map<String, String> data) {
        if (data.size() > 50) {
            v.add("data", "must have at most 50 entries");
        }
        data.forEach((k, value) -> {
            if (!KEY.matcher(k).matches()) {
                v.add("data", "key '" + k + "' must start with a letter and use letters, digits, '.', '_' or '-' (at most 64)");
            } else if (value != null && value.length() > 2000) {
                v.add("data." + k, "must be at most 2000 characters");
            }
        });
    }

    /** Data values as stored: decimals plain, others by their string form. */
    static Map<String, String> strings(Map<String, Object> data) {
        Map<String, String> out = new LinkedHashMap<>();
        data.forEach((k, value) -> {
            if (value != null) {
                out.put(k, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
        });
        return out;
    }
}
