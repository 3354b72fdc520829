package org.kehu.platform.core.internal.entity;

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
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.kehu.platform.api.RelationshipType;

@Entity
@Table(name = "KEHU_RELATIONSHIP", indexes = {
    @Index(name = "IX_RELATIONSHIP_FROM", columnList = "FROM_ID"),
    @Index(name = "IX_RELATIONSHIP_TO", columnList = "TO_ID")
})
public class RelationshipEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "REL_TYPE", length = 16, nullable = false)
    private RelationshipType type;

    @ManyToOne(optional = false)
    @JoinColumn(name = "FROM_ID", nullable = false)
    private CustomerEntity from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TO_ID", nullable = false)
    private CustomerEntity to;

    @Column(name = "SINCE")
    private Date since;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "CREATED_AT", nullable = false)
    private Timestamp createdAt;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    public RelationshipEntity() {
    }

    public RelationshipEntity(RelationshipType type, CustomerEntity from, CustomerEntity to, LocalDate since, String note,
            Instant createdAt, String createdBy) {
        this.type = type;
        this.from = from;
        this.to = to;
        this.since = Times.date(since);
        this.note = note;
        this.createdAt = Times.ts(createdAt);
        this.createdBy = createdBy;
    }

    public long getId() { return id; }
    public RelationshipType getType() { return type; }
    public CustomerEntity getFrom() { return from; }
    public CustomerEntity getTo() { return to; }
    public LocalDate getSince() { return Times.localDate(since); }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return Times.instant(createdAt); }
    public String getCreatedBy() { return createdBy; }
}
