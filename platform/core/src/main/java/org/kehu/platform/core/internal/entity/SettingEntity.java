package org.kehu.platform.core.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A platform fact kept in the database (e.g. that the demo data was loaded), shared by every node. */
@Entity
@Table(name = "KEHU_SETTING")
public class SettingEntity {

    @Id
    @Column(name = "SETTING_KEY", length = 64)
    private String key;

    @Column(name = "SETTING_VALUE", length = 1000, nullable = false)
    private String value;

    public SettingEntity() {
    }

    public SettingEntity(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
