package org.kehu.platform.core.internal.entity;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditRating;

/** A customer's credit terms; its row is also the lock that serializes the customer's ledger writes. */
@Entity
@Table(name = "KEHU_CREDIT_ACCOUNT")
public class CreditAccountEntity {

    @Id
    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "RATING", length = 2)
    private CreditRating rating;

    @Column(name = "ANNUAL_LIMIT", precision = 19, scale = 2, nullable = false)
    private BigDecimal annualLimit;

    @Column(name = "VALID_FROM")
    private Date validFrom;

    @Column(name = "VALID_TO")
    private Date validTo;

    @Column(name = "PAYMENT_TERM_DAYS", nullable = false)
    private int paymentTermDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIST_TYPE", length = 8)
    private CreditListType list;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public CreditRating getRating() { return rating; }
    public void setRating(CreditRating rating) { this.rating = rating; }
    public BigDecimal getAnnualLimit() { return annualLimit; }
    public void setAnnualLimit(BigDecimal annualLimit) { this.annualLimit = annualLimit; }
    public LocalDate getValidFrom() { return Times.localDate(validFrom); }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = Times.date(validFrom); }
    public LocalDate getValidTo() { return Times.localDate(validTo); }
    public void setValidTo(LocalDate validTo) { this.validTo = Times.date(validTo); }
    public int getPaymentTermDays() { return paymentTermDays; }
    public void setPaymentTermDays(int paymentTermDays) { this.paymentTermDays = paymentTermDays; }
    public CreditListType getList() { return list; }
    public void setList(CreditListType list) { this.list = list; }
    public long getVersion() { return version; }
}
