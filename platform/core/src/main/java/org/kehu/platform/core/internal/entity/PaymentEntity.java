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
import javax.persistence.UniqueConstraint;

/** Money received from a paying party. */
@Entity
@Table(name = "KEHU_PAYMENT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_PAYMENT_NUMBER", columnNames = {"PAYMENT_NUMBER"}),
        indexes = @Index(name = "IX_PAYMENT_CUSTOMER", columnList = "CUSTOMER_ID,RECEIVED_DATE"))
public class PaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "PAYMENT_NUMBER", length = 40, nullable = false)
    private String number;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "RECEIVED_DATE", nullable = false)
    private Date receivedDate;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "UNAPPLIED", precision = 19, scale = 2, nullable = false)
    private BigDecimal unapplied;

    @Column(name = "CREATED_AT", nullable = false)
    private Timestamp createdAt;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    public long getId() { return id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public LocalDate getReceivedDate() { return Times.localDate(receivedDate); }
    public void setReceivedDate(LocalDate receivedDate) { this.receivedDate = Times.date(receivedDate); }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getUnapplied() { return unapplied; }
    public void setUnapplied(BigDecimal unapplied) { this.unapplied = unapplied; }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public void setCreatedAt(Instant createdAt) { this.createdAt = Times.ts(createdAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
}
