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

import org.kehu.platform.api.Gender;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.MaritalStatus;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.WinBackOutcome;

@Entity
@Table(name = "KEHU_CUSTOMER",
        uniqueConstraints = @UniqueConstraint(name = "UQ_CUSTOMER_NUMBER", columnNames = "CUSTOMER_NUMBER"),
        indexes = {
            @Index(name = "IX_CUSTOMER_NAME", columnList = "NAME_KEY"),
            @Index(name = "IX_CUSTOMER_INDUSTRY", columnList = "INDUSTRY"),
            @Index(name = "IX_CUSTOMER_REGION", columnList = "REGION"),
            @Index(name = "IX_CUSTOMER_OWNER", columnList = "OWNER"),
            @Index(name = "IX_CUSTOMER_STATUS", columnList = "STATUS"),
            @Index(name = "IX_CUSTOMER_CREDIT_CODE", columnList = "CREDIT_CODE"),
            @Index(name = "IX_CUSTOMER_ANNIVERSARY", columnList = "ANNIVERSARY_MD")
        })
public class CustomerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CUSTOMER_NUMBER", length = 32, nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "PARTY_TYPE", length = 16, nullable = false)
    private PartyType type;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    /** Upper-cased name, so that a prefix search ignores case. */
    @Column(name = "NAME_KEY", length = 200, nullable = false)
    private String nameKey;

    @Column(name = "INDUSTRY", length = 64, nullable = false)
    private String industry;

    @Column(name = "REGION", length = 64, nullable = false)
    private String region;

    @Column(name = "OWNER", length = 64, nullable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private LifecycleStatus status;

    @Column(name = "PHONE", length = 32)
    private String phone;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "ADDRESS", length = 500)
    private String address;

    @Column(name = "FOUNDED_ON")
    private Date foundedOn;

    @Column(name = "CAPITAL_AMOUNT", precision = 19, scale = 2)
    private BigDecimal capitalAmount;

    @Column(name = "CAPITAL_CURRENCY", length = 3)
    private String capitalCurrency;

    @Column(name = "CREDIT_CODE", length = 18)
    private String creditCode;

    @Column(name = "EMPLOYEES")
    private Integer employees;

    @Column(name = "FIN_YEAR")
    private Integer financialYear;

    @Column(name = "FIN_CURRENCY", length = 3)
    private String financialCurrency;

    @Column(name = "FIN_REVENUE", precision = 19, scale = 2)
    private BigDecimal revenue;

    @Column(name = "FIN_NET_PROFIT", precision = 19, scale = 2)
    private BigDecimal netProfit;

    @Column(name = "FIN_TOTAL_ASSETS", precision = 19, scale = 2)
    private BigDecimal totalAssets;

    @Enumerated(EnumType.STRING)
    @Column(name = "GENDER", length = 16)
    private Gender gender;

    @Column(name = "BIRTH_DATE")
    private Date birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "MARITAL_STATUS", length = 16)
    private MaritalStatus maritalStatus;

    @Column(name = "OCCUPATION", length = 100)
    private String occupation;

    /** Month * 100 + day of the customer's own anniversary (founding day or birthday), for the anniversary query. */
    @Column(name = "ANNIVERSARY_MD")
    private Integer anniversaryMonthDay;

    @Column(name = "CHURN_REASON", length = 500)
    private String churnReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "WINBACK_OUTCOME", length = 32)
    private WinBackOutcome winBackOutcome;

    @Column(name = "WINBACK_COST", precision = 19, scale = 2)
    private BigDecimal winBackCost;

    @Column(name = "WINBACK_VALUE", precision = 19, scale = 2)
    private BigDecimal winBackValue;

    @Column(name = "WINBACK_CURRENCY", length = 3)
    private String winBackCurrency;

    @Column(name = "WINBACK_REASON", length = 500)
    private String winBackReason;

    @Column(name = "WINBACK_BY", length = 64)
    private String winBackBy;

    @Column(name = "WINBACK_AT")
    private Timestamp winBackAt;

    @Column(name = "CREATED_AT", nullable = false)
    private Timestamp createdAt;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Timestamp updatedAt;

    @Column(name = "UPDATED_BY", length = 64, nullable = false)
    private String updatedBy;

    @Column(name = "DELETED_AT")
    private Timestamp deletedAt;

    @Column(name = "DELETED_BY", length = 64)
    private String deletedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    public long getId() { return id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public PartyType getType() { return type; }
    public void setType(PartyType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKey() { return nameKey; }
    public void setNameKey(String nameKey) { this.nameKey = nameKey; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LifecycleStatus getStatus() { return status; }
    public void setStatus(LifecycleStatus status) { this.status = status; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public LocalDate getFoundedOn() { return Times.localDate(foundedOn); }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = Times.date(foundedOn); }
    public BigDecimal getCapitalAmount() { return capitalAmount; }
    public void setCapitalAmount(BigDecimal capitalAmount) { this.capitalAmount = capitalAmount; }
    public String getCapitalCurrency() { return capitalCurrency; }
    public void setCapitalCurrency(String capitalCurrency) { this.capitalCurrency = capitalCurrency; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public Integer getFinancialYear() { return financialYear; }
    public void setFinancialYear(Integer financialYear) { this.financialYear = financialYear; }
    public String getFinancialCurrency() { return financialCurrency; }
    public void setFinancialCurrency(String financialCurrency) { this.financialCurrency = financialCurrency; }
    public BigDecimal getRevenue() { return revenue; }
    public void setRevenue(BigDecimal revenue) { this.revenue = revenue; }
    public BigDecimal getNetProfit() { return netProfit; }
    public void setNetProfit(BigDecimal netProfit) { this.netProfit = netProfit; }
    public BigDecimal getTotalAssets() { return totalAssets; }
    public void setTotalAssets(BigDecimal totalAssets) { this.totalAssets = totalAssets; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return Times.localDate(birthDate); }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = Times.date(birthDate); }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(MaritalStatus maritalStatus) { this.maritalStatus = maritalStatus; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public Integer getAnniversaryMonthDay() { return anniversaryMonthDay; }
    public void setAnniversaryMonthDay(Integer anniversaryMonthDay) { this.anniversaryMonthDay = anniversaryMonthDay; }
    public String getChurnReason() { return churnReason; }
    public void setChurnReason(String churnReason) { this.churnReason = churnReason; }
    public WinBackOutcome getWinBackOutcome() { return winBackOutcome; }
    public void setWinBackOutcome(WinBackOutcome winBackOutcome) { this.winBackOutcome = winBackOutcome; }
    public BigDecimal getWinBackCost() { return winBackCost; }
    public void setWinBackCost(BigDecimal winBackCost) { this.winBackCost = winBackCost; }
    public BigDecimal getWinBackValue() { return winBackValue; }
    public void setWinBackValue(BigDecimal winBackValue) { this.winBackValue = winBackValue; }
    public String getWinBackCurrency() { return winBackCurrency; }
    public void setWinBackCurrency(String winBackCurrency) { this.winBackCurrency = winBackCurrency; }
    public String getWinBackReason() { return winBackReason; }
    public void setWinBackReason(String winBackReason) { this.winBackReason = winBackReason; }
    public String getWinBackBy() { return winBackBy; }
    public void setWinBackBy(String winBackBy) { this.winBackBy = winBackBy; }
    public Instant getWinBackAt() { return Times.instant(winBackAt); }
    public void setWinBackAt(Instant winBackAt) { this.winBackAt = Times.ts(winBackAt); }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public void setCreatedAt(Instant createdAt) { this.createdAt = Times.ts(createdAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getUpdatedAt() { return Times.instant(updatedAt); }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = Times.ts(updatedAt); }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getDeletedAt() { return Times.instant(deletedAt); }
    public void setDeletedAt(Instant deletedAt) { this.deletedAt = Times.ts(deletedAt); }
    public String getDeletedBy() { return deletedBy; }
    public void setDeletedBy(String deletedBy) { this.deletedBy = deletedBy; }
    public long getVersion() { return version; }
}
