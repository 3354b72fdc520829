package org.kehu.platform.api.ledger;

/**
 * A record whose party differs from its contract's party (four-flow
 * consistency: contract party = invoice party = shipment party = paying party).
 * For a payment, the record is the payment and the contract is that of the
 * invoice it was applied to.
 */
public record FourFlowMismatch(
        long contractId,
        String contractNumber,
        long contractCustomerId,
        LedgerFlow flow,
        long recordId,
        String recordNumber,
        long recordCustomerId,
        String message) {
}
