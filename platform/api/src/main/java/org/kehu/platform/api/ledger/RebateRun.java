package org.kehu.platform.api.ledger;

import java.util.List;

import org.kehu.platform.api.Money;

/** The outcome of computing a period's rebates: the rebates granted and the dealers left out with the reason. */
public record RebateRun(String period, int dealers, Money total, List<Rebate> rebates, List<RebateExclusion> excluded) {

    public RebateRun {
        rebates = List.copyOf(rebates);
        excluded = List.copyOf(excluded);
    }
}
