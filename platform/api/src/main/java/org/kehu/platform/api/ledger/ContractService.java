package org.kehu.platform.api.ledger;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;

/** Contracts and orders. */
public interface ContractService {

    /**
     * Records a draft contract and the approval level its amount requires, and starts its approval (workflow
     * {@code contract-approval}). Refused for a black-listed customer.
     */
    Contract createContract(Actor actor, ContractDraft draft);

    Contract getContract(Actor actor, long id);

    /** Contracts, newest first; {@code customerId} and {@code status} are optional filters. */
    Page<Contract> listContracts(Actor actor, Long customerId, ContractStatus status, int page, int size);

    /** Moves a contract along its lifecycle; it becomes ACTIVE only once its approval workflow approved it. */
    Contract changeStatus(Actor actor, long id, ContractStatusChange change);

    /** Records a breach of contract by the customer; it is shown as an early warning from then on. */
    Contract recordBreach(Actor actor, long id, ContractBreach breach);

    /**
     * Records an order; an order under a contract needs an active contract. An order naming another party than
     * the contract's is kept and reported as a four-flow mismatch.
     */
    Order createOrder(Actor actor, OrderDraft draft);

    Order getOrder(Actor actor, long id);

    Page<Order> listOrders(Actor actor, Long customerId, Long contractId, OrderStatus status, int page, int size);

    /** Cancels an open order, releasing its unshipped value from the exposure. */
    Order cancelOrder(Actor actor, long id);
}
