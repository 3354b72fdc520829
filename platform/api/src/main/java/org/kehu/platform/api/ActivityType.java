package org.kehu.platform.api;

public enum ActivityType {
    VISIT,
    CALL,
    SERVICE,
    COMPLAINT,
    SUGGESTION
}
