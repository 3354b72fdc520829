package org.kehu.platform.api.ledger;

import java.util.List;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;

/**
 * Credit control: profiles, limits, lists and early warnings.
 * The total credit granted across all customers is capped (setting
 * {@code credit.total.cap}); a grant beyond it is refused.
 */
public interface CreditService {

    CreditProfile profile(Actor actor, long customerId);

    /**
     * Changes rating, annual limit or payment term. A limit increase is refused
     * while the customer has overdue receivables or is on the grey or black list.
     */
    CreditProfile update(Actor actor, long customerId, CreditUpdate update);

    /** Grants temporary credit; refused on the same grounds as a limit increase. */
    CreditProfile grantTemporary(Actor actor, long customerId, TemporaryCreditDraft draft);

    /** The customer's credit history, newest first. */
    List<CreditChange> history(Actor actor, long customerId);

    ListEntry putOnList(Actor actor, ListDecision decision);

    /** Current list entries, newest first, optionally of one list. */
    Page<ListEntry> listEntries(Actor actor, CreditListType list, int page, int size);

    /** A customer's list history, newest first. */
    List<ListEntry> listHistory(Actor actor, long customerId);

    /** The early warnings as of today, optionally of one kind or one customer. */
    Page<CreditWarning> warnings(Actor actor, WarningKind kind, Long customerId, int page, int size);
}
