package org.kehu.platform.core.internal.entity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.kehu.platform.api.ActivityDirection;
import org.kehu.platform.api.ActivityType;

@Entity
@Table(name = "KEHU_ACTIVITY", indexes = @Index(name = "IX_ACTIVITY_CUSTOMER", columnList = "CUSTOMER_ID,OCCURRED_AT"))
public class ActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTIVITY_TYPE", length = 16, nullable = false)
    private ActivityType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", length = 16, nullable = false)
    private ActivityDirection direction;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Timestamp occurredAt;

    @Column(name = "STAFF", length = 64, nullable = false)
    private String staff;

    @Column(name = "CONTACT_ID")
    private Long contactId;

    @Column(name = "SUBJECT", length = 200, nullable = false)
    private String subject;

    @Column(name = "CONTENT", length = 4000)
    private String content;

    @Column(name = "OUTCOME", length = 1000)
    private String outcome;

    @Column(name = "CREATED_AT", nullable = false)
    private Timestamp createdAt;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    public long getId() { return id; }
    public CustomerEntity getCustomer() { return customer; }
    public void setCustomer(CustomerEntity customer) { this.customer = customer; }
    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public ActivityDirection getDirection() { return direction; }
    public void setDirection(ActivityDirection direction) { this.direction = direction; }
    public LocalDateTime getOccurredAt() { return Times.dateTime(occurredAt); }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = Times.ts(occurredAt); }
    public String getStaff() { return staff; }
    public void setStaff(String staff) { this.staff = staff; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public void setCreatedAt(Instant createdAt) { this.createdAt = Times.ts(createdAt); }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
}
