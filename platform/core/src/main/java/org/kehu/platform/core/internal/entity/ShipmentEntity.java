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

import org.kehu.platform.api.ledger.ShipmentDecision;

/**
 * A shipment request with the gate's decision. A number is unique among the
 * allowed shipments only: a refused request may be made again under its number.
 */
@Entity
@Table(name = "KEHU_SHIPMENT",
        indexes = {
            @Index(name = "IX_SHIPMENT_NUMBER", columnList = "SHIPMENT_NUMBER"),
            @Index(name = "IX_SHIPMENT_CUSTOMER", columnList = "CUSTOMER_ID,DECISION"),
            @Index(name = "IX_SHIPMENT_CONTRACT", columnList = "CONTRACT_ID")})
public class ShipmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "SHIPMENT_NUMBER", length = 40, nullable = false)
    private String number;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "CONTRACT_ID")
    private Long contractId;

    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "SHIP_DATE", nullable = false)
    private Date shipDate;

    @Column(name = "QUANTITY", precision = 19, scale = 3, nullable = false)
    private BigDecimal quantity;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "COST", precision = 19, scale = 2)
    private BigDecimal cost;

    @Column(name = "PAID_IN_ADVANCE", nullable = false)
    private boolean paidInAdvance;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 16, nullable = false)
    private ShipmentDecision decision;

    @Column(name = "REFUSALS", length = 4000)
    private String refusals;

    @Column(name = "EXPOSURE", precision = 19, scale = 2, nullable = false)
    private BigDecimal exposure;

    @Column(name = "CREDIT_LIMIT", precision = 19, scale = 2, nullable = false)
    private BigDecimal creditLimit;

    @Column(name = "CREATED_AT", nullable = false)
    private Timestamp createdAt;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    public long getId() { return id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public Long getContractId() { return contractId; }
    public void setContractId(Long contractId) { this.contractId = contractId; }
    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public LocalDate getShipDate() { return Times.localDate(shipDate); }
    public void setShipDate(LocalDate shipDate) { this.shipDate = Times.date(shipDate); }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getCost() { return cost; }
    public void setCost(BigDecimal cost) { this.cost = cost; }
    public boolean isPaidInAdvance() { return paidInAdvance; }
    public void setPaidInAdvance(boolean paidInAdvance) { this.paidInAdvance = paidInAdvance; }
    public ShipmentDecision getDecision() { return decision; }
    public void setDecision(ShipmentDecision decision) { this.decision = decision; }
    public String getRefusals() { return refusals; }
    public void setRefusals(String refusals) { this.refusals = refusals; }
    public BigDecimal getExposure() { return exposure; }
    public void setExposure(BigDecimal exposure) { this.exposure = exposure; }
    public BigDecimal getCreditLimit() { return creditLimit; }
    public void setCreditLimit(BigDecimal creditLimit) { this.creditLimit = creditLimit; }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public void setCreatedAt(Instant createdAt) { this.createdAt = Times.ts(createdAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
}
