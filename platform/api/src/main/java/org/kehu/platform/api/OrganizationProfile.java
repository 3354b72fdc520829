package org.kehu.platform.api;

import java.time.LocalDate;

/**
 * Static master data of an organization. {@code creditCode} is the 18-character
 * unified social credit code (统一社会信用代码).
 */
public record OrganizationProfile(
        LocalDate foundedOn,
        Money registeredCapital,
        String creditCode,
        Integer employees,
        FinancialSummary financials) {
}
