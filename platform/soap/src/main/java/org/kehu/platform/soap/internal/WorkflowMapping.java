package org.kehu.platform.soap.internal;

import static org.kehu.platform.soap.internal.SoapMapping.money;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kehu.platform.api.Page;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.workflow.TransitionOption;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.api.workflow.WorkflowStart;
import org.kehu.platform.api.workflow.WorkflowStep;

/** Converts between the WorkflowService's XML types and the workflow API's records. */
final class WorkflowMapping {

    private WorkflowMapping() {
    }

    static WorkflowStart toStart(String definition, Long subjectId, Types.MoneyData amount,
            List<WorkflowTypes.DataEntryData> data, String comment) {
        return new WorkflowStart(definition, subjectId, money(amount), data(data), comment);
    }

    /**
     * The entries by key; an entry without a value is left out. A key given twice is a field error, as the
     * instance could keep only one of its values.
     */
    static Map<String, String> data(List<WorkflowTypes.DataEntryData> entries) {
        Map<String, String> data = new LinkedHashMap<>();
        if (entries == null) {
            return data;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            WorkflowTypes.DataEntryData entry = entries.get(i);
            if (entry == null || entry.key == null || entry.key.isBlank()) {
                throw ValidationException.of("data[" + i + "].key", "is required");
            }
            String key = entry.key.strip();
            if (!seen.add(key)) {
                throw ValidationException.of("data." + key, "is given more than once");
            }
            if (entry.value != null) {
                data.put(key, entry.value);
            }
        }
        return data;
    }

    static WorkflowTypes.InstancePage toPage(Page<WorkflowInstance> page) {
        WorkflowTypes.InstancePage p = new WorkflowTypes.InstancePage();
        page.items().forEach(i -> p.instances.add(toData(i)));
        p.page = page.page();
        p.size = page.size();
        p.total = page.total();
        return p;
    }

    static WorkflowTypes.InstanceData toData(WorkflowInstance i, List<WorkflowStep> history) {
        WorkflowTypes.InstanceData d = toData(i);
        history.forEach(s -> d.steps.add(toData(s)));
        return d;
    }

    static WorkflowTypes.InstanceData toData(WorkflowInstance i) {
        WorkflowTypes.InstanceData d = new WorkflowTypes.InstanceData();
        d.id = i.id();
        d.definition = i.definition();
        d.definitionVersion = i.definitionVersion();
        d.subjectType = i.subjectType();
        d.subjectId = i.subjectId();
        d.customerId = i.customerId();
        d.amount = money(i.amount());
        new TreeMap<>(i.data()).forEach((key, value) -> {
            WorkflowTypes.DataEntryData e = new WorkflowTypes.DataEntryData();
            e.key = key;
            e.value = value;
            d.data.add(e);
        });
        d.state = i.state();
        d.stateLabels.addAll(labels(i.stateLabels()));
        d.open = i.open();
        d.startedAt = i.startedAt();
        d.startedBy = i.startedBy();
        d.stateSince = i.stateSince();
        d.dueAt = i.dueAt();
        d.escalatedAt = i.escalatedAt();
        d.escalatedTo = i.escalatedTo();
        d.endedAt = i.endedAt();
        d.version = i.version();
        for (TransitionOption o : i.transitions()) {
            WorkflowTypes.TransitionData t = new WorkflowTypes.TransitionData();
            t.name = o.name();
            t.to = o.to();
            t.labels.addAll(labels(o.labels()));
            t.commentRequired = o.commentRequired();
            d.transitions.add(t);
        }
        return d;
    }

    static WorkflowTypes.StepData toData(WorkflowStep s) {
        WorkflowTypes.StepData d = new WorkflowTypes.StepData();
        d.id = s.id();
        d.instanceId = s.instanceId();
        d.kind = s.kind();
        d.transition = s.transition();
        d.fromState = s.fromState();
        d.toState = s.toState();
        d.actor = s.actor();
        d.comment = s.comment();
        d.at = s.at();
        return d;
    }

    /** Labels ordered by language, so that the same instance always reads the same. */
    private static List<WorkflowTypes.LabelData> labels(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream().map(e -> {
            WorkflowTypes.LabelData l = new WorkflowTypes.LabelData();
            l.lang = e.getKey();
            l.text = e.getValue();
            return l;
        }).toList();
    }
}
