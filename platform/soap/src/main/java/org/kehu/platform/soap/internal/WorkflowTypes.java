package org.kehu.platform.soap.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.kehu.platform.api.workflow.StepKind;

/**
 * The XML types of the WorkflowService contract; their shape is the WSDL checked
 * into the repository. Money and the fault's problem are those of {@link Types}.
 */
public final class WorkflowTypes {

    private WorkflowTypes() {
    }

    /** A text in one language: {@code zh-CN} or {@code en}. */
    @XmlType(name = "Label", propOrder = {"lang", "text"})
    public static class LabelData {
        @XmlElement(required = true)
        public String lang;
        @XmlElement(required = true)
        public String text;
    }

    /** One entry of an instance's data, e.g. {@code needs} = {@code 年产能扩建所需熟料}. */
    @XmlType(name = "DataEntry", propOrder = {"key", "value"})
    public static class DataEntryData {
        @XmlElement(required = true)
        public String key;
        public String value;
    }

    /** A transition the caller may take now: its name, the state it leads to, its labels, whether it needs a comment. */
    @XmlType(name = "WorkflowTransition", propOrder = {"name", "to", "labels", "commentRequired"})
    public static class TransitionData {
        @XmlElement(required = true)
        public String name;
        @XmlElement(required = true)
        public String to;
        @XmlElement(name = "label")
        public List<LabelData> labels = new ArrayList<>();
        public boolean commentRequired;
    }

    /**
     * One step of an instance's history. {@code fromState} and {@code toState} are set for a start and a
     * transition; an escalation names the role it escalated to in {@code comment}.
     */
    @XmlType(name = "WorkflowStep", propOrder = {"id", "instanceId", "kind", "transition", "fromState", "toState", "actor",
        "comment", "at"})
    public static class StepData {
        public long id;
        public long instanceId;
        @XmlElement(required = true)
        public StepKind kind;
        public String transition;
        public String fromState;
        public String toState;
        public String actor;
        public String comment;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant at;
    }

    /**
     * A workflow instance: its definition, subject, current state and deadlines, and the {@code transition}s the
     * caller may take now (none when the caller may take none or the instance has ended). {@code step} is the
     * history, oldest first; only {@code getWorkflowInstance} gives it.
     */
    @XmlType(name = "WorkflowInstance", propOrder = {"id", "definition", "definitionVersion", "subjectType", "subjectId",
        "customerId", "amount", "data", "state", "stateLabels", "open", "startedAt", "startedBy", "stateSince", "dueAt",
        "escalatedAt", "escalatedTo", "endedAt", "version", "transitions", "steps"})
    public static class InstanceData {
        public long id;
        @XmlElement(required = true)
        public String definition;
        public int definitionVersion;
        @XmlElement(required = true)
        public String subjectType;
        public long subjectId;
        public Long customerId;
        public Types.MoneyData amount;
        @XmlElement(name = "data")
        public List<DataEntryData> data = new ArrayList<>();
        @XmlElement(required = true)
        public String state;
        @XmlElement(name = "stateLabel")
        public List<LabelData> stateLabels = new ArrayList<>();
        public boolean open;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant startedAt;
        public String startedBy;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant stateSince;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant dueAt;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant escalatedAt;
        public String escalatedTo;
        @XmlJavaTypeAdapter(Adapters.InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant endedAt;
        public long version;
        @XmlElement(name = "transition")
        public List<TransitionData> transitions = new ArrayList<>();
        @XmlElement(name = "step")
        public List<StepData> steps = new ArrayList<>();
    }

    /** One page of instances; {@code page} counts from 0, {@code total} is the number of matches. */
    @XmlType(name = "WorkflowInstancePage", propOrder = {"instances", "page", "size", "total"})
    public static class InstancePage {
        @XmlElement(name = "instance")
        public List<InstanceData> instances = new ArrayList<>();
        public int page;
        public int size;
        public long total;
    }
}
