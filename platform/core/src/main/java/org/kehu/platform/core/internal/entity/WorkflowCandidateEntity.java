package org.kehu.platform.core.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A role that may act on an open workflow instance in its current state; the task lists are read from these rows. */
@Entity
@Table(name = "KEHU_WF_CANDIDATE", indexes = {
    @Index(name = "IX_WF_CANDIDATE_ROLE", columnList = "ROLE_NAME,INSTANCE_ID"),
    @Index(name = "IX_WF_CANDIDATE_INSTANCE", columnList = "INSTANCE_ID")})
public class WorkflowCandidateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "INSTANCE_ID", nullable = false)
    private long instanceId;

    @Column(name = "ROLE_NAME", length = 64, nullable = false)
    private String role;

    public WorkflowCandidateEntity() {
    }

    public WorkflowCandidateEntity(long instanceId, String role) {
        this.instanceId = instanceId;
        this.role = role;
    }

    public long getId() { return id; }
    public long getInstanceId() { return instanceId; }
    public String getRole() { return role; }
}
