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

import org.kehu.platform.api.grading.GradingRunState;

/** One grading run: a policy applied to the population for a period, with its progress. */
@Entity
@Table(name = "KEHU_GRADING_RUN", indexes = @Index(name = "IX_GRADING_RUN_POLICY", columnList = "POLICY_ID"))
public class GradingRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "POLICY_ID", length = 64, nullable = false)
    private String policyId;

    @Column(name = "POLICY_VERSION", nullable = false)
    private int policyVersion;

    @Column(name = "PERIOD_LABEL", length = 16, nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "RUN_STATE", length = 16, nullable = false)
    private GradingRunState state;

    @Column(name = "TOTAL_COUNT", nullable = false)
    private long total;

    @Column(name = "PROCESSED_COUNT", nullable = false)
    private long processed;

    @Column(name = "ERROR_MESSAGE", length = 1000)
    private String error;

    @Column(name = "REQUESTED_BY", length = 64, nullable = false)
    private String requestedBy;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Timestamp requestedAt;

    @Column(name = "STARTED_AT")
    private Timestamp startedAt;

    @Column(name = "FINISHED_AT")
    private Timestamp finishedAt;

    @Column(name = "COMPUTE_MILLIS")
    private Long computeMillis;

    @Column(name = "PERSIST_MILLIS")
    private Long persistMillis;

    public long getId() { return id; }
    public String getPolicyId() { return policyId; }
    public void setPolicyId(String policyId) { this.policyId = policyId; }
    public int getPolicyVersion() { return policyVersion; }
    public void setPolicyVersion(int policyVersion) { this.policyVersion = policyVersion; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public GradingRunState getState() { return state; }
    public void setState(GradingRunState state) { this.state = state; }
    public long getTotal() { return total; }
    public void setTotal(long total) { this.total = total; }
    public long getProcessed() { return processed; }
    public void setProcessed(long processed) { this.processed = processed; }
    public String getError() { return error; }
    public void setError(String error) { this.error = error; }
    public String getRequestedBy() { return requestedBy; }
    public void setRequestedBy(String requestedBy) { this.requestedBy = requestedBy; }
    public Instant getRequestedAt() { return Times.instant(requestedAt); }
    public void setRequestedAt(Instant requestedAt) { this.requestedAt = Times.ts(requestedAt); }
    public Instant getStartedAt() { return Times.instant(startedAt); }
    public void setStartedAt(Instant startedAt) { this.startedAt = Times.ts(startedAt); }
    public Instant getFinishedAt() { return Times.instant(finishedAt); }
    public void setFinishedAt(Instant finishedAt) { this.finishedAt = Times.ts(finishedAt); }
    public Long getComputeMillis() { return computeMillis; }
    public void setComputeMillis(Long computeMillis) { this.computeMillis = computeMillis; }
    public Long getPersistMillis() { return persistMillis; }
    public void setPersistMillis(Long persistMillis) { this.persistMillis = persistMillis; }
}
