package org.kehu.platform.core.internal.entity;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A part of a payment, or a settled rebate, applied to an invoice. */
@Entity
@Table(name = "KEHU_ALLOCATION",
        indexes = {
            @Index(name = "IX_ALLOCATION_INVOICE", columnList = "INVOICE_ID"),
            @Index(name = "IX_ALLOCATION_PAYMENT", columnList = "PAYMENT_ID")})
public class AllocationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "INVOICE_ID", nullable = false)
    private long invoiceId;

    @Column(name = "PAYMENT_ID")
    private Long paymentId;

    @Column(name = "REBATE_ID")
    private Long rebateId;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "APPLIED_ON", nullable = false)
    private Date appliedOn;

    public long getId() { return id; }
    public long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(long invoiceId) { this.invoiceId = invoiceId; }
    public Long getPaymentId() { return paymentId; }
    public void setPaymentId(Long paymentId) { this.paymentId = paymentId; }
    public Long getRebateId() { return rebateId; }
    public void setRebateId(Long rebateId) { this.rebateId = rebateId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getAppliedOn() { return Times.localDate(appliedOn); }
    public void setAppliedOn(LocalDate appliedOn) { this.appliedOn = Times.date(appliedOn); }
}
