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

import org.kehu.platform.api.ledger.OrderStatus;

/** A sales order. */
@Entity
@Table(name = "KEHU_SALES_ORDER",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ORDER_NUMBER", columnNames = {"ORDER_NUMBER"}),
        indexes = {
            @Index(name = "IX_ORDER_CUSTOMER", columnList = "CUSTOMER_ID,STATUS"),
            @Index(name = "IX_ORDER_CONTRACT", columnList = "CONTRACT_ID")})
public class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "ORDER_NUMBER", length = 40, nullable = false)
    private String number;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "CONTRACT_ID")
    private Long contractId;

    @Column(name = "ORDER_DATE", nullable = false)
    private Date orderDate;

    @Column(name = "QUANTITY", precision = 19, scale = 3, nullable = false)
    private BigDecimal quantity;

    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "SHIPPED_QUANTITY", precision = 19, scale = 3, nullable = false)
    private BigDecimal shippedQuantity;

    @Column(name = "SHIPPED_AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal shippedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private OrderStatus status;

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
    public LocalDate getOrderDate() { return Times.localDate(orderDate); }
    public void setOrderDate(LocalDate orderDate) { this.orderDate = Times.date(orderDate); }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getShippedQuantity() { return shippedQuantity; }
    public void setShippedQuantity(BigDecimal shippedQuantity) { this.shippedQuantity = shippedQuantity; }
    public BigDecimal getShippedAmount() { return shippedAmount; }
    public void setShippedAmount(BigDecimal shippedAmount) { this.shippedAmount = shippedAmount; }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public void setCreatedAt(Instant createdAt) { this.createdAt = Times.ts(createdAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public long getVersion() { return version; }
}
