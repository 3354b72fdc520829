package org.kehu.platform.core.internal.entity;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A workflow instance: its definition, subject, current state, deadline and escalation. */
@Entity
@Table(name = "KEHU_WF_INSTANCE", indexes = {
    @Index(name = "IX_WF_SUBJECT", columnList = "SUBJECT_TYPE,SUBJECT_ID,DEFINITION_ID"),
    @Index(name = "IX_WF_CUSTOMER", columnList = "CUSTOMER_ID"),
    @Index(name = "IX_WF_DUE", columnList = "OPEN_FLAG,DUE_AT")})
public class WorkflowInstanceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "DEFINITION_ID", length = 64, nullable = false)
    private String definitionId;

    @Column(name = "DEFINITION_VERSION", nullable = false)
    private int definitionVersion;

    @Column(name = "SUBJECT_TYPE", length = 32, nullable = false)
    private String subjectType;

    @Column(name = "SUBJECT_ID", nullable = false)
    private long subjectId;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "AMOUNT", precision = 18, scale = 2)
    private BigDecimal amount;

    @Lob
    @Column(name = "SUBJECT_DATA")
    private String data;

    @Column(name = "STATE_ID", length = 64, nullable = false)
    private String state;

    @Column(name = "OPEN_FLAG", nullable = false)
    private boolean open;

    @Column(name = "STARTED_AT", nullable = false)
    private Timestamp startedAt;

    @Column(name = "STARTED_BY", length = 64, nullable = false)
    private String startedBy;

    @Column(name = "STATE_SINCE", nullable = false)
    private Timestamp stateSince;

    @Column(name = "DUE_AT")
    private Timestamp dueAt;

    @Column(name = "ESCALATED_AT")
    private Timestamp escalatedAt;

    @Column(name = "ESCALATED_TO", length = 64)
    private String escalatedTo;

    @Column(name = "ENDED_AT")
    private Timestamp endedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    public long getId() { return id; }
    public String getDefinitionId() { return definitionId; }
    public void setDefinitionId(String definitionId) { this.definitionId = definitionId; }
    public int getDefinitionVersion() { return definitionVersion; }
    public void setDefinitionVersion(int definitionVersion) { this.definitionVersion = definitionVersion; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public long getSubjectId() { return subjectId; }
    public void setSubjectId(long subjectId) { this.subjectId = subjectId; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getData() { return data; }
    public void setData(String data) { this.data = data; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
    public Instant getStartedAt() { return Times.instant(startedAt); }
    public void setStartedAt(Instant startedAt) { this.startedAt = Times.ts(startedAt); }
    public String getStartedBy() { return startedBy; }
    public void setStartedBy(String startedBy) { this.startedBy = startedBy; }
    public Instant getStateSince() { return Times.instant(stateSince); }
    public void setStateSince(Instant stateSince) { this.stateSince = Times.ts(stateSince); }
    public Instant getDueAt() { return Times.instant(dueAt); }
    public void setDueAt(Instant dueAt) { this.dueAt = Times.ts(dueAt); }
    public Instant getEscalatedAt() { return Times.instant(escalatedAt); }
    public void setEscalatedAt(Instant escalatedAt) { this.escalatedAt = Times.ts(escalatedAt); }
    public String getEscalatedTo() { return escalatedTo; }
    public void setEscalatedTo(String escalatedTo) { this.escalatedTo = escalatedTo; }
    public Instant getEndedAt() { return Times.instant(endedAt); }
    public void setEndedAt(Instant endedAt) { this.endedAt = Times.ts(endedAt); }
    public long getVersion() { return version; }
}
