package org.kehu.platform.core.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.Relationship;
import org.kehu.platform.api.RelationshipDraft;
import org.kehu.platform.api.RelationshipService;
import org.kehu.platform.api.RelationshipType;
import org.kehu.platform.api.RoleAssignment;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.entity.PartyRoleEntity;
import org.kehu.platform.core.internal.entity.RelationshipEntity;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;

public class RelationshipServiceImpl implements RelationshipService {

    private final Store store;
    private final Clock clock;

    public RelationshipServiceImpl(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    RelationshipServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Relationship> relationships(Actor actor, long customerId) {
        return store.read(em -> {
            CustomerServiceImpl.find(em, customerId);
            return em.createQuery("SELECT r FROM RelationshipEntity r WHERE (r.from.id = :id OR r.to.id = :id)"
                    + " AND r.from.deletedAt IS NULL AND r.to.deletedAt IS NULL ORDER BY r.id", RelationshipEntity.class)
                    .setParameter("id", customerId).getResultList().stream()
                    .map(RelationshipServiceImpl::toRecord).toList();
        });
    }

    @Override
    public Relationship relate(Actor actor, long customerId, RelationshipDraft draft) {
        Violations v = new Violations();
        if (draft == null) {
            v.add("body", "is required").throwIfAny();
        }
        v.require("type", draft.type());
        v.require("toId", draft.toId());
        v.maxLength("note", draft.note(), 500);
        if (draft.since() != null && draft.since().isAfter(LocalDate.now(clock))) {
            v.add("since", "must not be in the future");
        }
        if (draft.toId() != null && draft.toId() == customerId) {
            v.add("toId", "must be another party than the customer itself");
        }
        v.throwIfAny();
        return store.write(em -> {
            CustomerEntity from = CustomerServiceImpl.find(em, customerId);
            CustomerEntity to;
            try {
                to = CustomerServiceImpl.find(em, draft.toId());
            } catch (NotFoundException e) {
                throw ValidationException.of("toId", "no customer with id " + draft.toId());
            }
            RelationshipType type = draft.type();
            Violations parties = new Violations();
            if (type.fromType() != null && from.getType() != type.fromType()) {
                parties.add("type", type + " must start at a party of type " + type.fromType() + "; this customer is " + from.getType());
            }
            if (type.toType() != null && to.getType() != type.toType()) {
                parties.add("toId", type + " must end at a party of type " + type.toType() + "; customer " + to.getNumber()
                        + " is " + to.getType());
            }
            parties.throwIfAny();
            boolean symmetric = type == RelationshipType.FAMILY || type == RelationshipType.PARTNER;
            Long existing = em.createQuery("SELECT COUNT(r) FROM RelationshipEntity r WHERE r.type = :type AND"
                    + " ((r.from.id = :a AND r.to.id = :b)" + (symmetric ? " OR (r.from.id = :b AND r.to.id = :a)" : "")
                    + (type == RelationshipType.HOLDING ? " OR (r.from.id = :b AND r.to.id = :a)" : "") + ")", Long.class)
                    .setParameter("type", type).setParameter("a", from.getId()).setParameter("b", to.getId())
                    .getSingleResult();
            if (existing > 0) {
                throw new ConflictException("A " + type + " relationship between " + from.getNumber() + " and "
                        + to.getNumber() + " already exists");
            }
            RelationshipEntity r = new RelationshipEntity(type, from, to, draft.since(), Texts.clean(draft.note()),
                    clock.instant(), actor.user());
            em.persist(r);
            em.flush();
            return toRecord(r);
        });
    }

    @Override
    public void unrelate(Actor actor, long customerId, long relationshipId) {
        store.write(em -> {
            CustomerServiceImpl.find(em, customerId);
            RelationshipEntity r = em.find(RelationshipEntity.class, relationshipId);
            if (r == null || (r.getFrom().getId() != customerId && r.getTo().getId() != customerId)) {
                throw new NotFoundException("Customer " + customerId + " has no relationship with id " + relationshipId);
            }
            em.remove(r);
            return null;
        });
    }

    @Override
    public List<RoleAssignment> roles(Actor actor, long customerId) {
        return store.read(em -> {
            CustomerServiceImpl.find(em, customerId);
            return rolesOf(em, customerId);
        });
    }

    @Override
    public List<RoleAssignment> assignRole(Actor actor, long customerId, PartyRole role) {
        requireRole(role);
        return store.write(em -> {
            CustomerEntity c = CustomerServiceImpl.find(em, customerId);
            if (rolesOf(em, customerId).stream().noneMatch(r -> r.role() == role)) {
                em.persist(new PartyRoleEntity(c, role, clock.instant(), actor.user()));
                em.flush();
            }
            return rolesOf(em, customerId);
        });
    }

    @Override
    public List<RoleAssignment> removeRole(Actor actor, long customerId, PartyRole role) {
        requireRole(role);
        return store.write(em -> {
            CustomerServiceImpl.find(em, customerId);
            int removed = em.createQuery("DELETE FROM PartyRoleEntity r WHERE r.customer.id = :id AND r.role = :role")
                    .setParameter("id", customerId).setParameter("role", role).executeUpdate();
            if (removed == 0) {
                throw new NotFoundException("Customer " + customerId + " does not hold the role " + role);
            }
            return rolesOf(em, customerId);
        });
    }

    @Override
    public List<RoleAssignment> setRoles(Actor actor, long customerId, Set<PartyRole> roles) {
        if (roles == null || roles.contains(null)) {
            throw ValidationException.of("roles", "must be a list of roles " + EnumSet.allOf(PartyRole.class));
        }
        return store.write(em -> {
            CustomerEntity c = CustomerServiceImpl.find(em, customerId);
            Set<PartyRole> current = EnumSet.noneOf(PartyRole.class);
            rolesOf(em, customerId).forEach(r -> current.add(r.role()));
            Instant now = clock.instant();
            for (PartyRole role : current) {
                if (!roles.contains(role)) {
                    em.createQuery("DELETE FROM PartyRoleEntity r WHERE r.customer.id = :id AND r.role = :role")
                            .setParameter("id", customerId).setParameter("role", role).executeUpdate();
                }
            }
            for (PartyRole role : roles) {
                if (!current.contains(role)) {
                    em.persist(new PartyRoleEntity(c, role, now, actor.user()));
                }
            }
            em.flush();
            return rolesOf(em, customerId);
        });
    }

    private static void requireRole(PartyRole role) {
        if (role == null) {
            throw ValidationException.of("role", "must be one of " + EnumSet.allOf(PartyRole.class));
        }
    }

    private static List<RoleAssignment> rolesOf(EntityManager em, long customerId) {
        return em.createQuery("SELECT r FROM PartyRoleEntity r WHERE r.customer.id = :id ORDER BY r.role", PartyRoleEntity.class)
                .setParameter("id", customerId).getResultList().stream()
                .map(r -> new RoleAssignment(r.getRole(), r.getAssignedAt(), r.getAssignedBy())).toList();
    }

    static Relationship toRecord(RelationshipEntity r) {
        return new Relationship(r.getId(), r.getType(), r.getFrom().getId(), r.getFrom().getNumber(), r.getFrom().getName(),
                r.getTo().getId(), r.getTo().getNumber(), r.getTo().getName(), r.getSince(), r.getNote(), r.getCreatedAt(),
                r.getCreatedBy());
    }
}
