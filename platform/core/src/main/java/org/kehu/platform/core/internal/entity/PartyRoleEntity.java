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
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.kehu.platform.api.PartyRole;

@Entity
@Table(name = "KEHU_PARTY_ROLE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_PARTY_ROLE", columnNames = {"CUSTOMER_ID", "PARTY_ROLE"}))
public class PartyRoleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "PARTY_ROLE", length = 16, nullable = false)
    private PartyRole role;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private Timestamp assignedAt;

    @Column(name = "ASSIGNED_BY", length = 64, nullable = false)
    private String assignedBy;

    public PartyRoleEntity() {
    }

    public PartyRoleEntity(CustomerEntity customer, PartyRole role, Instant assignedAt, String assignedBy) {
        this.customer = customer;
        this.role = role;
        this.assignedAt = Times.ts(assignedAt);
        this.assignedBy = assignedBy;
    }

    public long getId() { return id; }
    public CustomerEntity getCustomer() { return customer; }
    public PartyRole getRole() { return role; }
    public Instant getAssignedAt() { return Times.instant(assignedAt); }
    public String getAssignedBy() { return assignedBy; }
}
