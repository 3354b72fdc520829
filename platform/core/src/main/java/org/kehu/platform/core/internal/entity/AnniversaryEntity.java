package org.kehu.platform.core.internal.entity;

import java.sql.Date;
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

import org.kehu.platform.api.AnniversaryKind;

@Entity
@Table(name = "KEHU_ANNIVERSARY", indexes = {
    @Index(name = "IX_ANNIVERSARY_MD", columnList = "MONTH_DAY"),
    @Index(name = "IX_ANNIVERSARY_CONTACT", columnList = "CONTACT_ID")
})
public class AnniversaryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CONTACT_ID", nullable = false)
    private ContactEntity contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private AnniversaryKind kind;

    @Column(name = "ORIGIN_DATE", nullable = false)
    private Date date;

    /** Month * 100 + day, so that "falls between two dates" is an indexed range query. */
    @Column(name = "MONTH_DAY", nullable = false)
    private int monthDay;

    @Column(name = "LABEL", length = 100)
    private String label;

    public AnniversaryEntity() {
    }

    public AnniversaryEntity(ContactEntity contact, AnniversaryKind kind, LocalDate date, String label) {
        this.contact = contact;
        this.kind = kind;
        this.date = Times.date(date);
        this.monthDay = date.getMonthValue() * 100 + date.getDayOfMonth();
        this.label = label;
    }

    public long getId() { return id; }
    public ContactEntity getContact() { return contact; }
    public AnniversaryKind getKind() { return kind; }
    public LocalDate getDate() { return Times.localDate(date); }
    public int getMonthDay() { return monthDay; }
    public String getLabel() { return label; }
}
