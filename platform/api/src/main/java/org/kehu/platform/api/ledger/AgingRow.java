package org.kehu.platform.api.ledger;

import java.util.List;

import org.kehu.platform.api.Money;

/** One customer's line in the receivables aging report. */
public record AgingRow(
        long customerId,
        String customerNumber,
        String customerName,
        Money openReceivables,
        Money overdueReceivables,
        Integer oldestOverdueDays,
        List<AgingBucket> buckets) {

    public AgingRow {
        buckets = List.copyOf(buckets);
    }
}
