package org.kehu.platform.core.internal.entity;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "KEHU_OWNER_HANDOVER", indexes = @Index(name = "IX_HANDOVER_CUSTOMER", columnList = "CUSTOMER_ID"))
public class OwnerHandoverEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Column(name = "FROM_OWNER", length = 64)
    private String fromOwner;

    @Column(name = "TO_OWNER", length = 64, nullable = false)
    private String toOwner;

    @Column(name = "HANDED_OVER_BY", length = 64, nullable = false)
    private String handedOverBy;

    @Column(name = "HANDED_OVER_AT", nullable = false)
    private Timestamp at;

    @Column(name = "REASON", length = 500, nullable = false)
    private String reason;

    public OwnerHandoverEntity() {
    }

    public OwnerHandoverEntity(CustomerEntity customer, String fromOwner, String toOwner, String handedOverBy, Instant at,
            String reason) {
        this.customer = customer;
        this.fromOwner = fromOwner;
        this.toOwner = toOwner;
        this.handedOverBy = handedOverBy;
        this.at = Times.ts(at);
        this.reason = reason;
    }

    public long getId() { return id; }
    public String getFromOwner() { return fromOwner; }
    public String getToOwner() { return toOwner; }
    public String getHandedOverBy() { return handedOverBy; }
    public Instant getAt() { return Times.instant(at); }
    public String getReason() { return reason; }
}
