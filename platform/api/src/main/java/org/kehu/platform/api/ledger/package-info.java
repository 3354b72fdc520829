/**
 * The commercial ledger and credit control: contracts, orders, shipments behind
 * the shipment gate, invoices, payments, the figures derived from them, credit
 * (rating, limits, exposure), the white / grey / black lists, early warnings
 * and dealer rebates.
 * <p>
 * The ledger is kept in one currency (setting {@code ledger.currency}, CNY by
 * default); every monetary input must be in that currency, not negative and
 * with at most two decimals. Every record names its own party (a customer id),
 * so that four-flow consistency (contract party = invoice party = shipment
 * party = paying party) can be checked. Services take the calling
 * {@link org.kehu.platform.api.Actor} first; a rejected call changes nothing.
 */
@Export
@Version("1.0.0")
package org.kehu.platform.api.ledger;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
