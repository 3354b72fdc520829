package org.kehu.platform.core.internal.entity;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.kehu.platform.api.workflow.StepKind;

/** One step of a workflow instance's history; never changed once written. */
@Entity
@Table(name = "KEHU_WF_STEP", indexes = @Index(name = "IX_WF_STEP_INSTANCE", columnList = "INSTANCE_ID"))
public class WorkflowStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "INSTANCE_ID", nullable = false)
    private long instanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STEP_KIND", length = 16, nullable = false)
    private StepKind kind;

    @Column(name = "TRANSITION_NAME", length = 64)
    private String transition;

    @Column(name = "FROM_STATE", length = 64)
    private String fromState;

    @Column(name = "TO_STATE", length = 64)
    private String toState;

    @Column(name = "ACTOR", length = 64, nullable = false)
    private String actor;

    @Column(name = "STEP_COMMENT", length = 2000)
    private String comment;

    @Column(name = "AT", nullable = false)
    private Timestamp at;

    public long getId() { return id; }
    public long getInstanceId() { return instanceId; }
    public void setInstanceId(long instanceId) { this.instanceId = instanceId; }
    public StepKind getKind() { return kind; }
    public void setKind(StepKind kind) { this.kind = kind; }
    public String getTransition() { return transition; }
    public void setTransition(String transition) { this.transition = transition; }
    public String getFromState() { return fromState; }
    public void setFromState(String fromState) { this.fromState = fromState; }
    public String getToState() { return toState; }
    public void setToState(String toState) { this.toState = toState; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Instant getAt() { return Times.instant(at); }
    public void setAt(Instant at) { this.at = Times.ts(at); }
}
