package org.kehu.platform.api.spi;

import java.util.List;

import org.kehu.platform.api.ledger.ShipmentRefusal;

/**
 * A rule of the shipment gate. The platform runs its own checks (no credit,
 * limit exceeded, overdue, no contract, quantity differs from the contract,
 * black-listed, all waived when the shipment is paid in advance; and the
 * shipment's party differs from the contract's or order's, never waived) and then every registered {@code ShipmentCheck} whose
 * {@link KehuProperties#INDUSTRY} is the customer's industry or {@code *}.
 * <p>
 * Contract: register as an OSGi service with {@link KehuProperties#INDUSTRY}
 * and {@link KehuProperties#ID}. {@link #check} runs inside the gate's
 * transaction while the customer's ledger is locked: it must be fast, must not
 * write, and must not call platform services that write. It returns every
 * reason to refuse (empty to let the shipment pass); codes are upper-case and
 * stable, messages are for people. {@code null} entries are ignored, a missing
 * code is the check's {@link #id()} and a missing message names the check. A check that throws refuses the shipment
 * with code {@code CHECK_FAILED}, so a broken plugin never lets goods out.
 */
public interface ShipmentCheck {

    /** The check's id, also the default refusal code. */
    String id();

    List<ShipmentRefusal> check(ShipmentContext context);
}
