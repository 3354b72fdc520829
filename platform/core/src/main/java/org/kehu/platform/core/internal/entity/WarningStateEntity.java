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
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.kehu.platform.api.ledger.WarningKind;

/** A warning last seen active for a customer, so that raising and clearing are published once. */
@Entity
@Table(name = "KEHU_WARNING_STATE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_WARNING_STATE", columnNames = {"CUSTOMER_ID", "KIND"}))
public class WarningStateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 32, nullable = false)
    private WarningKind kind;

    @Column(name = "RAISED_AT", nullable = false)
    private Timestamp raisedAt;

    @Column(name = "SEVERITY")
    private Integer level;

    public long getId() { return id; }
    /** How grave the warning was when last published, e.g. the aging bucket of the oldest overdue amount. */
    public int getLevel() { return level == null ? 0 : level; }
    public void setLevel(int level) { this.level = level; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public WarningKind getKind() { return kind; }
    public void setKind(WarningKind kind) { this.kind = kind; }
    public Instant getRaisedAt() { return Times.instant(raisedAt); }
    public void setRaisedAt(Instant raisedAt) { this.raisedAt = Times.ts(raisedAt); }
}
