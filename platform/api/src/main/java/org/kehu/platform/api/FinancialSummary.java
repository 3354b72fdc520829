package org.kehu.platform.api;

/** Summary of an organization's financial statements for one fiscal year. */
public record FinancialSummary(Integer year, Money revenue, Money netProfit, Money totalAssets) {
}
