package org.kehu.platform.core.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.RelationshipType;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.WinBackRequest;

public final class DemoDataSet {
    public static List<DemoCustomer> generate(long seed, int count, LocalDate today) {
        return List.of();
    }

    public record DemoCustomer(CustomerDraft draft, List<ContactDraft> contacts, Set<PartyRole> roles,
            List<ActivityDraft> activities, List<DemoRelation> relations, List<StatusChangeRequest> transitions,
            WinBackRequest winBack, List<HandoverRequest> handovers) {
    }

    public record DemoRelation(RelationshipType type, int toIndex, LocalDate since, String note) {
    }
}
