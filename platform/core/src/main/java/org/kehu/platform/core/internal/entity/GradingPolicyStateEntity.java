package org.kehu.platform.core.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The last succeeded run of a policy: its assignments are the current grades. */
@Entity
@Table(name = "KEHU_GRADING_POLICY_STATE")
public class GradingPolicyStateEntity {

    @Id
    @Column(name = "POLICY_ID", length = 64, nullable = false)
    private String policyId;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    public GradingPolicyStateEntity() {
    }

    public GradingPolicyStateEntity(String policyId, long runId) {
        this.policyId = policyId;
        this.runId = runId;
    }

    public String getPolicyId() { return policyId; }
    public long getRunId() { return runId; }
    public void setRunId(long runId) { this.runId = runId; }
}
