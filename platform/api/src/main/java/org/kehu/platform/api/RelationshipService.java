package org.kehu.platform.api;

import java.util.List;
import java.util.Set;

/** Typed relationships between parties and the roles a party plays. */
public interface RelationshipService {

    /** Relationships in which the customer takes part, at either end. */
    List<Relationship> relationships(Actor actor, long customerId);

    Relationship relate(Actor actor, long customerId, RelationshipDraft draft);

    void unrelate(Actor actor, long customerId, long relationshipId);

    List<RoleAssignment> roles(Actor actor, long customerId);

    /** Adds a role; adding a role the party already holds changes nothing. */
    List<RoleAssignment> assignRole(Actor actor, long customerId, PartyRole role);

    List<RoleAssignment> removeRole(Actor actor, long customerId, PartyRole role);

    /** Replaces the party's roles with the given set. */
    List<RoleAssignment> setRoles(Actor actor, long customerId, Set<PartyRole> roles);
}
