package org.kehu.platform.api.spi;

/**
 * Types of extension attributes and the JSON values they accept:
 * STRING (text), INTEGER (whole number), DECIMAL (number or decimal string),
 * BOOLEAN, DATE (ISO-8601 {@code yyyy-MM-dd} string), ENUM (one of the declared values).
 */
public enum AttributeType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    ENUM
}
