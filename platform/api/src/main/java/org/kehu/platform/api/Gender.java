package org.kehu.platform.api;

public enum Gender {
    MALE,
    FEMALE,
    UNDISCLOSED
}
