package org.kehu.platform.api.ledger;

import java.time.LocalDate;
import java.util.List;

import org.kehu.platform.api.Money;
import org.kehu.platform.api.Page;

/** Receivables aging as of a date: totals per bucket and a page of customers, largest overdue first. */
public record AgingReport(
        LocalDate asOf,
        Money openReceivables,
        Money overdueReceivables,
        List<AgingBucket> totals,
        Page<AgingRow> customers) {

    public AgingReport {
        totals = List.copyOf(totals);
    }
}
