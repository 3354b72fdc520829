package org.kehu.platform.core.internal.entity;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A grade given to a customer by a run; never changed once written, so it is the grading history. */
@Entity
@Table(name = "KEHU_GRADE_ASSIGNMENT", indexes = {
    @Index(name = "IX_GRADE_RUN_CUSTOMER", columnList = "RUN_ID,CUSTOMER_ID"),
    @Index(name = "IX_GRADE_CUSTOMER_POLICY", columnList = "CUSTOMER_ID,POLICY_ID"),
    @Index(name = "IX_GRADE_RUN_GRADE", columnList = "RUN_ID,GRADE")})
public class GradeAssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "POLICY_ID", length = 64, nullable = false)
    private String policyId;

    @Column(name = "POLICY_VERSION", nullable = false)
    private int policyVersion;

    @Column(name = "PERIOD_LABEL", length = 16, nullable = false)
    private String period;

    @Column(name = "GRADE", length = 16, nullable = false)
    private String grade;

    @Column(name = "REASON", length = 1000, nullable = false)
    private String reason;

    /** The figures by name, one {@code name, type, value} line each (see the grading engine's figure codec). */
    @Column(name = "FIGURES", length = 4000)
    private String figures;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private Timestamp assignedAt;

    public long getId() { return id; }
    public long getRunId() { return runId; }
    public void setRunId(long runId) { this.runId = runId; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getPolicyId() { return policyId; }
    public void setPolicyId(String policyId) { this.policyId = policyId; }
    public int getPolicyVersion() { return policyVersion; }
    public void setPolicyVersion(int policyVersion) { this.policyVersion = policyVersion; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getFigures() { return figures; }
    public void setFigures(String figures) { this.figures = figures; }
    public Instant getAssignedAt() { return Times.instant(assignedAt); }
    public void setAssignedAt(Instant assignedAt) { this.assignedAt = Times.ts(assignedAt); }
}
