package org.kehu.platform.api;

/**
 * Where a customer stands in its life with the company:
 * prospect → new → active → dormant → frozen → churned / eliminated, with
 * reactivation. The allowed transitions are enforced by the platform.
 */
public enum LifecycleStatus {
    PROSPECT,
    NEW,
    ACTIVE,
    DORMANT,
    FROZEN,
    CHURNED,
    ELIMINATED
}
