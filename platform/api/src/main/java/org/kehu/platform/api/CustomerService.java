package org.kehu.platform.api;

import java.util.List;

/**
 * Customers: master data, search, ownership and lifecycle.
 * Every method validates its input and changes nothing when it throws.
 */
public interface CustomerService {

    /** Creates a customer with a newly generated, unique customer number. */
    Customer create(Actor actor, CustomerDraft draft);

    /** @throws NotFoundException when there is no such customer or it was deleted */
    Customer get(Actor actor, long id);

    /** @throws NotFoundException when there is no such customer or it was deleted */
    Customer getByNumber(Actor actor, String number);

    /** @throws ConflictException when {@code draft.version()} is not the current version */
    Customer update(Actor actor, long id, CustomerDraft draft);

    /** Soft delete: the record is kept but no longer found. */
    void delete(Actor actor, long id);

    Page<Customer> search(Actor actor, CustomerQuery query);

    Customer changeStatus(Actor actor, long id, StatusChangeRequest request);

    List<StatusChange> statusHistory(Actor actor, long id);

    /** Records the win-back decision of a churned customer. */
    Customer decideWinBack(Actor actor, long id, WinBackRequest request);

    /** Hands the customer over to another account manager, keeping the history. */
    Customer handOver(Actor actor, long id, HandoverRequest request);

    List<OwnerHandover> ownerHistory(Actor actor, long id);
}
