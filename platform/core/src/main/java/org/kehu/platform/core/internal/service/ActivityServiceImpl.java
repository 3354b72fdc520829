package org.kehu.platform.core.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.TypedQuery;

import org.kehu.platform.api.Activity;
import org.kehu.platform.api.ActivityDirection;
import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.ActivityService;
import org.kehu.platform.api.ActivityType;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;
import org.kehu.platform.core.internal.entity.ActivityEntity;
import org.kehu.platform.core.internal.entity.ContactEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.rules.CustomerRules;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;

public class ActivityServiceImpl implements ActivityService {

    private final Store store;
    private final CoreSettings settings;
    private final Clock clock;

    public ActivityServiceImpl(Store store, CoreSettings settings) {
        this(store, settings, Clock.systemDefaultZone());
    }

    ActivityServiceImpl(Store store, CoreSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Page<Activity> list(Actor actor, long customerId, ActivityType type, LocalDate from, LocalDate to, int page,
            int size) {
        int pageSize = size <= 0 ? settings.defaultPageSize() : size;
        Violations v = new Violations();
        if (page < 0) {
            v.add("page", "must not be negative");
        }
        if (pageSize > settings.maxPageSize()) {
            v.add("size", "must be at most " + settings.maxPageSize());
        }
        if (from != null && to != null && to.isBefore(from)) {
            v.add("to", "must not be before from");
        }
        v.throwIfAny();
        String where = " WHERE a.customer.id = :id" + (type == null ? "" : " AND a.type = :type")
                + (from == null ? "" : " AND a.occurredAt >= :from") + (to == null ? "" : " AND a.occurredAt < :to");
        return store.read(em -> {
            CustomerServiceImpl.find(em, customerId);
            TypedQuery<ActivityEntity> select = em.createQuery(
                    "SELECT a FROM ActivityEntity a" + where + " ORDER BY a.occurredAt DESC, a.id DESC", ActivityEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM ActivityEntity a" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("id", customerId);
                if (type != null) {
                    q.setParameter("type", type);
                }
                if (from != null) {
                    q.setParameter("from", java.sql.Timestamp.valueOf(from.atStartOfDay()));
                }
                if (to != null) {
                    q.setParameter("to", java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
                }
            }
            List<Activity> items = select.setFirstResult(page * pageSize).setMaxResults(pageSize).getResultList().stream()
                    .map(ActivityServiceImpl::toRecord).toList();
            return new Page<>(items, page, pageSize, count.getSingleResult());
        });
    }

    @Override
    public Activity add(Actor actor, long customerId, ActivityDraft draft) {
        Violations v = new Violations();
        if (draft == null) {
            v.add("body", "is required").throwIfAny();
        }
        String subject = Texts.clean(draft.subject());
        String staff = Texts.clean(draft.staff());
        v.require("type", draft.type());
        v.requireText("subject", subject, 200);
        v.maxLength("content", draft.content(), 4000);
        v.maxLength("outcome", draft.outcome(), 1000);
        v.matches("staff", staff, CustomerRules.USER, "a user name (letters, digits, . _ @ -)");
        LocalDateTime now = LocalDateTime.now(clock);
        if (draft.occurredAt() != null && draft.occurredAt().isAfter(now.plusDays(1))) {
            v.add("occurredAt", "must not be in the future");
        }
        v.throwIfAny();
        return store.write(em -> {
            CustomerEntity customer = CustomerServiceImpl.find(em, customerId);
            if (draft.contactId() != null) {
                ContactEntity contact = em.find(ContactEntity.class, draft.contactId());
                if (contact == null || contact.getCustomer().getId() != customerId) {
                    new Violations().add("contactId", "is not a contact of this customer").throwIfAny();
                }
            }
            ActivityEntity e = new ActivityEntity();
            e.setCustomer(customer);
            e.setType(draft.type());
            e.setDirection(draft.direction() == null ? ActivityDirection.OUTBOUND : draft.direction());
            e.setOccurredAt(draft.occurredAt() == null ? now : draft.occurredAt());
            e.setStaff(staff == null ? actor.user() : staff);
            e.setContactId(draft.contactId());
            e.setSubject(subject);
            e.setContent(Texts.clean(draft.content()));
            e.setOutcome(Texts.clean(draft.outcome()));
            e.setCreatedAt(clock.instant());
            e.setCreatedBy(actor.user());
            em.persist(e);
            em.flush();
            return toRecord(e);
        });
    }

    static Activity toRecord(ActivityEntity e) {
        return new Activity(e.getId(), e.getCustomer().getId(), e.getType(), e.getDirection(), e.getOccurredAt(), e.getStaff(),
                e.getContactId(), e.getSubject(), e.getContent(), e.getOutcome(), e.getCreatedAt(), e.getCreatedBy());
    }
}
