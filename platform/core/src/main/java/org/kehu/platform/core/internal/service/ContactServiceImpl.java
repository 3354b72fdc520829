package org.kehu.platform.core.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Anniversary;
import org.kehu.platform.api.AnniversaryKind;
import org.kehu.platform.api.Contact;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.ContactService;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.UpcomingAnniversary;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.core.internal.entity.AnniversaryEntity;
import org.kehu.platform.core.internal.entity.ContactEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.rules.AnniversaryCalendar;
import org.kehu.platform.core.internal.rules.ContactRules;
import org.kehu.platform.core.internal.rules.Violations;

public class ContactServiceImpl implements ContactService {

    private final Store store;
    private final Clock clock;

    public ContactServiceImpl(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    ContactServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Contact> list(Actor actor, long customerId) {
        return store.read(em -> {
            CustomerServiceImpl.find(em, customerId);
            return em.createQuery("SELECT c FROM ContactEntity c WHERE c.customer.id = :id ORDER BY c.primary DESC, c.id",
                    ContactEntity.class).setParameter("id", customerId).getResultList().stream()
                    .map(ContactServiceImpl::toRecord).toList();
        });
    }

    @Override
    public Contact get(Actor actor, long customerId, long contactId) {
        return store.read(em -> toRecord(find(em, customerId, contactId)));
    }

    @Override
    public Contact add(Actor actor, long customerId, ContactDraft draft) {
        ContactDraft d = ContactRules.check(draft, LocalDate.now(clock), false);
        return store.write(em -> {
            CustomerEntity customer = CustomerServiceImpl.find(em, customerId);
            ContactEntity e = new ContactEntity();
            e.setCustomer(customer);
            apply(em, e, d);
            em.persist(e);
            em.flush();
            return toRecord(e);
        });
    }

    @Override
    public Contact update(Actor actor, long customerId, long contactId, ContactDraft draft) {
        ContactDraft d = ContactRules.check(draft, LocalDate.now(clock), true);
        return store.write(em -> {
            ContactEntity e = find(em, customerId, contactId);
            CustomerServiceImpl.requireVersion(e.getVersion(), d.version());
            e.getAnniversaries().clear();
            em.flush();
            apply(em, e, d);
            em.flush();
            return toRecord(e);
        });
    }

    @Override
    public void remove(Actor actor, long customerId, long contactId) {
        store.write(em -> {
            em.remove(find(em, customerId, contactId));
            return null;
        });
    }

    @Override
    public List<UpcomingAnniversary> anniversaries(Actor actor, LocalDate from, LocalDate to) {
        Violations v = new Violations();
        v.require("from", from);
        v.require("to", to);
        v.throwIfAny();
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from");
        }
        if (AnniversaryCalendar.days(from, to) > AnniversaryCalendar.MAX_DAYS) {
            throw ValidationException.of("to", "must be at most " + AnniversaryCalendar.MAX_DAYS + " days after from");
        }
        int[][] ranges = AnniversaryCalendar.monthDayRanges(from, to);
        return store.read(em -> {
            List<UpcomingAnniversary> result = new ArrayList<>();
            for (int[] range : ranges) {
                List<AnniversaryEntity> rows = em.createQuery("SELECT a FROM AnniversaryEntity a"
                        + " WHERE a.monthDay BETWEEN :lo AND :hi AND a.contact.customer.deletedAt IS NULL",
                        AnniversaryEntity.class).setParameter("lo", range[0]).setParameter("hi", range[1]).getResultList();
                for (AnniversaryEntity a : rows) {
                    LocalDate on = AnniversaryCalendar.occurrenceWithin(a.getDate(), from, to);
                    if (on != null) {
                        ContactEntity c = a.getContact();
                        CustomerEntity customer = c.getCustomer();
                        result.add(new UpcomingAnniversary(customer.getId(), customer.getNumber(), customer.getName(),
                                customer.getOwner(), c.getId(), c.getName(), a.getKind(), a.getLabel(), a.getDate(), on,
                                on.getYear() - a.getDate().getYear()));
                    }
                }
                List<CustomerEntity> customers = em.createQuery("SELECT c FROM CustomerEntity c"
                        + " WHERE c.anniversaryMonthDay BETWEEN :lo AND :hi AND c.deletedAt IS NULL", CustomerEntity.class)
                        .setParameter("lo", range[0]).setParameter("hi", range[1]).getResultList();
                for (CustomerEntity c : customers) {
                    boolean org = c.getType() == PartyType.ORGANIZATION;
                    LocalDate origin = org ? c.getFoundedOn() : c.getBirthDate();
                    LocalDate on = origin == null ? null : AnniversaryCalendar.occurrenceWithin(origin, from, to);
                    if (on != null) {
                        result.add(new UpcomingAnniversary(c.getId(), c.getNumber(), c.getName(), c.getOwner(), null, null,
                                org ? AnniversaryKind.FOUNDING_DAY : AnniversaryKind.BIRTHDAY, null, origin, on,
                                on.getYear() - origin.getYear()));
                    }
                }
            }
            result.sort(Comparator.comparing(UpcomingAnniversary::occursOn)
                    .thenComparing(UpcomingAnniversary::customerNumber)
                    .thenComparing(a -> a.contactId() == null ? 0L : a.contactId()));
            return result;
        });
    }

    private static ContactEntity find(EntityManager em, long customerId, long contactId) {
        CustomerServiceImpl.find(em, customerId);
        ContactEntity e = em.find(ContactEntity.class, contactId);
        if (e == null || e.getCustomer().getId() != customerId) {
            throw new NotFoundException("Customer " + customerId + " has no contact with id " + contactId);
        }
        return e;
    }

    private static void apply(EntityManager em, ContactEntity e, ContactDraft d) {
        e.setName(d.name());
        e.setTitle(d.title());
        e.setPhone(d.phone());
        e.setEmail(d.email());
        e.setPrimary(Boolean.TRUE.equals(d.primary()));
        if (e.isPrimary()) {
            // one primary contact per customer: the new one takes over
            em.createQuery("UPDATE ContactEntity c SET c.primary = false WHERE c.customer.id = :id AND c.id <> :self")
                    .setParameter("id", e.getCustomer().getId()).setParameter("self", e.getId()).executeUpdate();
        }
        for (Anniversary a : d.anniversaries()) {
            e.getAnniversaries().add(new AnniversaryEntity(e, a.kind(), a.date(), a.label()));
        }
    }

    static Contact toRecord(ContactEntity e) {
        List<Anniversary> anniversaries = e.getAnniversaries().stream()
                .map(a -> new Anniversary(a.getKind(), a.getDate(), a.getLabel())).toList();
        return new Contact(e.getId(), e.getCustomer().getId(), e.getName(), e.getTitle(), e.getPhone(), e.getEmail(),
                e.isPrimary(), anniversaries, e.getVersion());
    }
}
