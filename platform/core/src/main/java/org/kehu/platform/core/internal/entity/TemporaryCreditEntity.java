package org.kehu.platform.core.internal.entity;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** Temporary credit on top of the annual limit. */
@Entity
@Table(name = "KEHU_TEMPORARY_CREDIT",
        indexes = @Index(name = "IX_TEMP_CREDIT_CUSTOMER", columnList = "CUSTOMER_ID,EXPIRES_ON"))
public class TemporaryCreditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "VALID_FROM", nullable = false)
    private Date validFrom;

    @Column(name = "EXPIRES_ON", nullable = false)
    private Date expiresOn;

    @Column(name = "REASON", length = 500, nullable = false)
    private String reason;

    @Column(name = "GRANTED_BY", length = 64, nullable = false)
    private String grantedBy;

    @Column(name = "GRANTED_AT", nullable = false)
    private Timestamp grantedAt;

    public long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getValidFrom() { return Times.localDate(validFrom); }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = Times.date(validFrom); }
    public LocalDate getExpiresOn() { return Times.localDate(expiresOn); }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = Times.date(expiresOn); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getGrantedBy() { return grantedBy; }
    public void setGrantedBy(String grantedBy) { this.grantedBy = grantedBy; }
    public Instant getGrantedAt() { return Times.instant(grantedAt); }
    public void setGrantedAt(Instant grantedAt) { this.grantedAt = Times.ts(grantedAt); }
}
