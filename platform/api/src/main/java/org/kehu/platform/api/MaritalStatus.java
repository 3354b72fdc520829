package org.kehu.platform.api;

public enum MaritalStatus {
    SINGLE,
    MARRIED,
    DIVORCED,
    WIDOWED,
    UNDISCLOSED
}
