package org.kehu.platform.core.internal.entity;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "KEHU_CONTACT", indexes = @Index(name = "IX_CONTACT_CUSTOMER", columnList = "CUSTOMER_ID"))
public class ContactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Column(name = "TITLE", length = 100)
    private String title;

    @Column(name = "PHONE", length = 32)
    private String phone;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "IS_PRIMARY", nullable = false)
    private boolean primary;

    @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("monthDay")
    private List<AnniversaryEntity> anniversaries = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    public long getId() { return id; }
    public CustomerEntity getCustomer() { return customer; }
    public void setCustomer(CustomerEntity customer) { this.customer = customer; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isPrimary() { return primary; }
    public void setPrimary(boolean primary) { this.primary = primary; }
    public List<AnniversaryEntity> getAnniversaries() { return anniversaries; }
    public long getVersion() { return version; }
}
