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

import org.kehu.platform.api.ledger.CreditChangeKind;

/** One entry of a customer's credit history. */
@Entity
@Table(name = "KEHU_CREDIT_CHANGE",
        indexes = @Index(name = "IX_CREDIT_CHANGE_CUSTOMER", columnList = "CUSTOMER_ID"))
public class CreditChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private CreditChangeKind kind;

    @Column(name = "FROM_VALUE", length = 100)
    private String fromValue;

    @Column(name = "TO_VALUE", length = 100)
    private String toValue;

    @Column(name = "REASON", length = 500, nullable = false)
    private String reason;

    @Column(name = "CHANGED_BY", length = 64, nullable = false)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private Timestamp changedAt;

    public long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public CreditChangeKind getKind() { return kind; }
    public void setKind(CreditChangeKind kind) { this.kind = kind; }
    public String getFromValue() { return fromValue; }
    public void setFromValue(String fromValue) { this.fromValue = fromValue; }
    public String getToValue() { return toValue; }
    public void setToValue(String toValue) { this.toValue = toValue; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getChangedBy() { return changedBy; }
    public void setChangedBy(String changedBy) { this.changedBy = changedBy; }
    public Instant getChangedAt() { return Times.instant(changedAt); }
    public void setChangedAt(Instant changedAt) { this.changedAt = Times.ts(changedAt); }
}
