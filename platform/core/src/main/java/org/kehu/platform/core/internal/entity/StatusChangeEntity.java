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
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.kehu.platform.api.LifecycleStatus;

@Entity
@Table(name = "KEHU_STATUS_CHANGE", indexes = @Index(name = "IX_STATUS_CHANGE_CUSTOMER", columnList = "CUSTOMER_ID"))
public class StatusChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 16)
    private LifecycleStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", length = 16, nullable = false)
    private LifecycleStatus toStatus;

    @Column(name = "CHANGED_BY", length = 64, nullable = false)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private Timestamp at;

    @Column(name = "REASON", length = 500)
    private String reason;

    public StatusChangeEntity() {
    }

    public StatusChangeEntity(CustomerEntity customer, LifecycleStatus fromStatus, LifecycleStatus toStatus, String changedBy,
            Instant at, String reason) {
        this.customer = customer;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedBy = changedBy;
        this.at = Times.ts(at);
        this.reason = reason;
    }

    public long getId() { return id; }
    public LifecycleStatus getFromStatus() { return fromStatus; }
    public LifecycleStatus getToStatus() { return toStatus; }
    public String getChangedBy() { return changedBy; }
    public Instant getAt() { return Times.instant(at); }
    public String getReason() { return reason; }
}
