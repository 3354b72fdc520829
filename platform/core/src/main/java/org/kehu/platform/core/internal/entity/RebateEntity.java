package org.kehu.platform.core.internal.entity;

import java.math.BigDecimal;
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

import org.kehu.platform.api.ledger.RebateStatus;

/** A dealer's rebate for a period, at most one per dealer and period. */
@Entity
@Table(name = "KEHU_REBATE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_REBATE_PERIOD_CUSTOMER", columnNames = {"PERIOD", "CUSTOMER_ID"}))
public class RebateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "PERIOD", length = 10, nullable = false)
    private String period;

    @Column(name = "SALES", precision = 19, scale = 2, nullable = false)
    private BigDecimal sales;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "CALCULATION", length = 1000, nullable = false)
    private String calculation;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private RebateStatus status;

    @Column(name = "SETTLED_INVOICE_ID")
    private Long settledInvoiceId;

    @Column(name = "CALCULATED_AT", nullable = false)
    private Timestamp calculatedAt;

    @Column(name = "CALCULATED_BY", length = 64, nullable = false)
    private String calculatedBy;

    public long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public BigDecimal getSales() { return sales; }
    public void setSales(BigDecimal sales) { this.sales = sales; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCalculation() { return calculation; }
    public void setCalculation(String calculation) { this.calculation = calculation; }
    public RebateStatus getStatus() { return status; }
    public void setStatus(RebateStatus status) { this.status = status; }
    public Long getSettledInvoiceId() { return settledInvoiceId; }
    public void setSettledInvoiceId(Long settledInvoiceId) { this.settledInvoiceId = settledInvoiceId; }
    public Instant getCalculatedAt() { return Times.instant(calculatedAt); }
    public void setCalculatedAt(Instant calculatedAt) { this.calculatedAt = Times.ts(calculatedAt); }
    public String getCalculatedBy() { return calculatedBy; }
    public void setCalculatedBy(String calculatedBy) { this.calculatedBy = calculatedBy; }
}
