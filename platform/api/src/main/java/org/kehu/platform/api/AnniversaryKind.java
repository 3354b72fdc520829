package org.kehu.platform.api;

public enum AnniversaryKind {
    BIRTHDAY,
    FOUNDING_DAY,
    WEDDING,
    OTHER
}
