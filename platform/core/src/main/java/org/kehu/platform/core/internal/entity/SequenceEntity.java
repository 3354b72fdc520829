package org.kehu.platform.core.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A named counter, advanced under a row lock so that every node of a cluster draws distinct values. */
@Entity
@Table(name = "KEHU_SEQUENCE")
public class SequenceEntity {

    @Id
    @Column(name = "NAME", length = 64)
    private String name;

    @Column(name = "NEXT_VALUE", nullable = false)
    private long nextValue;

    public SequenceEntity() {
    }

    public SequenceEntity(String name, long nextValue) {
        this.name = name;
        this.nextValue = nextValue;
    }

    public String getName() { return name; }
    public long getNextValue() { return nextValue; }
    public void setNextValue(long nextValue) { this.nextValue = nextValue; }
}
