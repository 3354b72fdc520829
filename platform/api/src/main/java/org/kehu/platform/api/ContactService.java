package org.kehu.platform.api;

import java.time.LocalDate;
import java.util.List;

/** Contacts of customers and the anniversaries that drive care actions. */
public interface ContactService {

    List<Contact> list(Actor actor, long customerId);

    Contact get(Actor actor, long customerId, long contactId);

    Contact add(Actor actor, long customerId, ContactDraft draft);

    /** @throws ConflictException when {@code draft.version()} is stale */
    Contact update(Actor actor, long customerId, long contactId, ContactDraft draft);

    void remove(Actor actor, long customerId, long contactId);

    /**
     * Anniversaries of contacts and of customers themselves that fall between
     * {@code from} and {@code to} (both inclusive, at most 366 days apart),
     * ordered by the day they fall on.
     */
    List<UpcomingAnniversary> anniversaries(Actor actor, LocalDate from, LocalDate to);
}
