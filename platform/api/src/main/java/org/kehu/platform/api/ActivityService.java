package org.kehu.platform.api;

import java.time.LocalDate;

/** Interactions with customers. */
public interface ActivityService {

    /** Activities of a customer, newest first, optionally of one type and within dates (inclusive). */
    Page<Activity> list(Actor actor, long customerId, ActivityType type, LocalDate from, LocalDate to, int page, int size);

    Activity add(Actor actor, long customerId, ActivityDraft draft);
}
