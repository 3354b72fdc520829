package org.kehu.platform.api;

import java.time.Instant;
import java.util.Map;

/**
 * A customer as the platform shows it. {@code organization} is set for
 * organizations, {@code person} for persons. {@code attributes} holds the typed
 * extension attributes declared by the customer's industry module.
 * {@code version} must be sent back with an update.
 */
public record Customer(
        long id,
        String number,
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
        String churnReason,
        WinBackDecision winBack,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version) {
}
