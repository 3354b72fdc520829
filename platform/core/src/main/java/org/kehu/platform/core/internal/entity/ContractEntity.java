package org.kehu.platform.core.internal.entity;

import java.math.BigDecimal;
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
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.kehu.platform.api.ledger.ApprovalLevel;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.PaymentMode;

/** A sales contract. */
@Entity
@Table(name = "KEHU_CONTRACT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_CONTRACT_NUMBER", columnNames = {"CONTRACT_NUMBER"}),
        indexes = @Index(name = "IX_CONTRACT_CUSTOMER", columnList = "CUSTOMER_ID"))
public class ContractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CONTRACT_NUMBER", length = 40, nullable = false)
    private String number;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "QUANTITY", precision = 19, scale = 3)
    private BigDecimal quantity;

    @Column(name = "UNIT", length = 16)
    private String unit;

    @Column(name = "START_DATE", nullable = false)
    private Date startDate;

    @Column(name = "END_DATE", nullable = false)
    private Date endDate;

    @Column(name = "PAYMENT_TERM_DAYS", nullable = false)
    private int paymentTermDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT_MODE", length = 20, nullable = false)
    private PaymentMode paymentMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private ContractStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "APPROVAL_LEVEL", length = 24, nullable = false)
    private ApprovalLevel approvalLevel;

    @Column(name = "SHIPPED_QUANTITY", precision = 19, scale = 3, nullable = false)
    private BigDecimal shippedQuantity;

    @Column(name = "BREACH_DATE")
    private Date breachDate;

    @Column(name = "BREACH_REASON", length = 500)
    private String breachReason;

    @Column(name = "CREATED_AT", nullable = false)
    private Timestamp createdAt;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public long getId() { return id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public LocalDate getStartDate() { return Times.localDate(startDate); }
    public void setStartDate(LocalDate startDate) { this.startDate = Times.date(startDate); }
    public LocalDate getEndDate() { return Times.localDate(endDate); }
    public void setEndDate(LocalDate endDate) { this.endDate = Times.date(endDate); }
    public int getPaymentTermDays() { return paymentTermDays; }
    public void setPaymentTermDays(int paymentTermDays) { this.paymentTermDays = paymentTermDays; }
    public PaymentMode getPaymentMode() { return paymentMode; }
    public void setPaymentMode(PaymentMode paymentMode) { this.paymentMode = paymentMode; }
    public ContractStatus getStatus() { return status; }
    public void setStatus(ContractStatus status) { this.status = status; }
    public ApprovalLevel getApprovalLevel() { return approvalLevel; }
    public void setApprovalLevel(ApprovalLevel approvalLevel) { this.approvalLevel = approvalLevel; }
    public BigDecimal getShippedQuantity() { return shippedQuantity; }
    public void setShippedQuantity(BigDecimal shippedQuantity) { this.shippedQuantity = shippedQuantity; }
    public LocalDate getBreachDate() { return Times.localDate(breachDate); }
    public void setBreachDate(LocalDate breachDate) { this.breachDate = Times.date(breachDate); }
    public String getBreachReason() { return breachReason; }
    public void setBreachReason(String breachReason) { this.breachReason = breachReason; }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public void setCreatedAt(Instant createdAt) { this.createdAt = Times.ts(createdAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getVersion() { return version; }
}
