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

import org.kehu.platform.api.ledger.PaymentMode;

/** A sales invoice; open until {@code settledOn} is set. */
@Entity
@Table(name = "KEHU_INVOICE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_INVOICE_NUMBER", columnNames = {"INVOICE_NUMBER"}),
        indexes = {
            @Index(name = "IX_INVOICE_CUSTOMER", columnList = "CUSTOMER_ID,ISSUE_DATE"),
            @Index(name = "IX_INVOICE_OPEN", columnList = "SETTLED_ON,DUE_DATE"),
            @Index(name = "IX_INVOICE_CONTRACT", columnList = "CONTRACT_ID")})
public class InvoiceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "INVOICE_NUMBER", length = 40, nullable = false)
    private String number;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "CONTRACT_ID")
    private Long contractId;

    @Column(name = "SHIPMENT_ID")
    private Long shipmentId;

    @Column(name = "ISSUE_DATE", nullable = false)
    private Date issueDate;

    @Column(name = "DUE_DATE", nullable = false)
    private Date dueDate;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "COST", precision = 19, scale = 2, nullable = false)
    private BigDecimal cost;

    @Column(name = "PAID_AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal paidAmount;

    @Column(name = "DISCOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal discount;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT_MODE", length = 20, nullable = false)
    private PaymentMode paymentMode;

    @Column(name = "SETTLED_ON")
    private Date settledOn;

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
    public Long getContractId() { return contractId; }
    public void setContractId(Long contractId) { this.contractId = contractId; }
    public Long getShipmentId() { return shipmentId; }
    public void setShipmentId(Long shipmentId) { this.shipmentId = shipmentId; }
    public LocalDate getIssueDate() { return Times.localDate(issueDate); }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = Times.date(issueDate); }
    public LocalDate getDueDate() { return Times.localDate(dueDate); }
    public void setDueDate(LocalDate dueDate) { this.dueDate = Times.date(dueDate); }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getCost() { return cost; }
    public void setCost(BigDecimal cost) { this.cost = cost; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public void setPaidAmount(BigDecimal paidAmount) { this.paidAmount = paidAmount; }
    public BigDecimal getDiscount() { return discount; }
    public void setDiscount(BigDecimal discount) { this.discount = discount; }
    public PaymentMode getPaymentMode() { return paymentMode; }
    public void setPaymentMode(PaymentMode paymentMode) { this.paymentMode = paymentMode; }
    public LocalDate getSettledOn() { return Times.localDate(settledOn); }
    public void setSettledOn(LocalDate settledOn) { this.settledOn = Times.date(settledOn); }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public void setCreatedAt(Instant createdAt) { this.createdAt = Times.ts(createdAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getVersion() { return version; }
}
