package org.kehu.platform.api;

/** {@code OUTBOUND}: our staff reached the customer (e.g. a visit by the account manager); {@code INBOUND}: the customer came to us. */
public enum ActivityDirection {
    OUTBOUND,
    INBOUND
}
