package org.kehu.platform.core.internal.entity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.kehu.platform.api.ledger.CreditListType;

/** A customer's place on the white, grey or black list. */
@Entity
@Table(name = "KEHU_LIST_ENTRY",
        indexes = {
            @Index(name = "IX_LIST_CUSTOMER", columnList = "CUSTOMER_ID"),
            @Index(name = "IX_LIST_CURRENT", columnList = "IS_CURRENT,LIST_TYPE")})
public class ListEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIST_TYPE", length = 8, nullable = false)
    private CreditListType list;

    @Column(name = "REASON", length = 500, nullable = false)
    private String reason;

    @Column(name = "SINCE", nullable = false)
    private Date since;

    @Column(name = "IS_CURRENT", nullable = false)
    private boolean current;

    @Column(name = "DECIDED_BY", length = 64, nullable = false)
    private String decidedBy;

    @Column(name = "DECIDED_AT", nullable = false)
    private Timestamp decidedAt;

    public long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public CreditListType getList() { return list; }
    public void setList(CreditListType list) { this.list = list; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getSince() { return Times.localDate(since); }
    public void setSince(LocalDate since) { this.since = Times.date(since); }
    public boolean isCurrent() { return current; }
    public void setCurrent(boolean current) { this.current = current; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public Instant getDecidedAt() { return Times.instant(decidedAt); }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = Times.ts(decidedAt); }
}
