package org.kehu.platform.api;

import java.util.Map;

/**
 * What a client may write of a customer. On create, {@code owner} defaults to
 * the caller and {@code status} to {@link LifecycleStatus#PROSPECT}; on update
 * {@code version} is required and owner and status are changed only through
 * their own operations (hand-over, status change).
 */
public record CustomerDraft(
        PartyType type,
        String name,
        String industry,
        String region,
        String owner,
        LifecycleStatus status,
        String phone,
        String email,
        String address,
        OrganizationProfile organization,
        PersonProfile person,
        Map<String, Object> attributes,
        Long version) {
}
