package org.kehu.platform.core.internal.entity;

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
import javax.persistence.UniqueConstraint;

import org.kehu.platform.api.spi.AttributeType;

/** One industry extension attribute of a customer, stored as text with the type it was validated as. */
@Entity
@Table(name = "KEHU_CUSTOMER_ATTRIBUTE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_CUSTOMER_ATTRIBUTE", columnNames = {"CUSTOMER_ID", "NAME"}),
        indexes = @Index(name = "IX_ATTRIBUTE_CUSTOMER", columnList = "CUSTOMER_ID"))
public class CustomerAttributeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Column(name = "NAME", length = 64, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "VALUE_TYPE", length = 16, nullable = false)
    private AttributeType type;

    @Column(name = "VALUE_TEXT", length = 1000, nullable = false)
    private String value;

    public CustomerAttributeEntity() {
    }

    public CustomerAttributeEntity(CustomerEntity customer, String name, AttributeType type, String value) {
        this.customer = customer;
        this.name = name;
        this.type = type;
        this.value = value;
    }

    public long getId() { return id; }
    public CustomerEntity getCustomer() { return customer; }
    public String getName() { return name; }
    public AttributeType getType() { return type; }
    public String getValue() { return value; }
}
