package org.kehu.platform.core.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.kehu.platform.api.Customer;
import org.kehu.platform.api.FinancialSummary;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.OrganizationProfile;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.PersonProfile;
import org.kehu.platform.api.WinBackDecision;
import org.kehu.platform.core.internal.entity.CustomerAttributeEntity;
import org.kehu.platform.core.internal.entity.CustomerEntity;
import org.kehu.platform.core.internal.rules.AttributeRules;

/** Turns customer entities into the API's records; entities never leave the core. */
public final class CustomerMapper {

    private CustomerMapper() {
    }

    static Customer toRecord(CustomerEntity e, Map<String, Object> attributes) {
        OrganizationProfile organization = null;
        PersonProfile person = null;
        if (e.getType() == PartyType.ORGANIZATION) {
            FinancialSummary financials = e.getFinancialYear() == null ? null
                    : new FinancialSummary(e.getFinancialYear(), money(e.getRevenue(), e.getFinancialCurrency()),
                            money(e.getNetProfit(), e.getFinancialCurrency()), money(e.getTotalAssets(), e.getFinancialCurrency()));
            organization = new OrganizationProfile(e.getFoundedOn(), money(e.getCapitalAmount(), e.getCapitalCurrency()),
                    e.getCreditCode(), e.getEmployees(), financials);
        } else {
            person = new PersonProfile(e.getGender(), e.getBirthDate(), e.getMaritalStatus(), e.getOccupation());
        }
        WinBackDecision winBack = e.getWinBackOutcome() == null ? null
                : new WinBackDecision(e.getWinBackOutcome(), money(e.getWinBackCost(), e.getWinBackCurrency()),
                        money(e.getWinBackValue(), e.getWinBackCurrency()), e.getWinBackReason(), e.getWinBackBy(),
                        e.getWinBackAt());
        return new Customer(e.getId(), e.getNumber(), e.getType(), e.getName(), e.getIndustry(), e.getRegion(), e.getOwner(),
                e.getStatus(), e.getPhone(), e.getEmail(), e.getAddress(), organization, person, attributes,
                e.getChurnReason(), winBack, e.getCreatedAt(), e.getCreatedBy(), e.getUpdatedAt(), e.getUpdatedBy(),
                e.getVersion());
    }

    public static Customer toRecord(EntityManager em, CustomerEntity e) {
        return toRecord(e, attributesOf(em, List.of(e.getId())).getOrDefault(e.getId(), Map.of()));
    }

    /** Loads the extension attributes of several customers with one query. */
    static Map<Long, Map<String, Object>> attributesOf(EntityManager em, Collection<Long> customerIds) {
        Map<Long, Map<String, Object>> result = new HashMap<>();
        if (customerIds.isEmpty()) {
            return result;
        }
        List<CustomerAttributeEntity> rows = em.createQuery(
                "SELECT a FROM CustomerAttributeEntity a WHERE a.customer.id IN :ids", CustomerAttributeEntity.class)
                .setParameter("ids", customerIds)
                .getResultList();
        for (CustomerAttributeEntity row : rows) {
            result.computeIfAbsent(row.getCustomer().getId(), id -> new TreeMap<>())
                    .put(row.getName(), AttributeRules.read(row.getType(), row.getValue()));
        }
        return result;
    }

    static Map<String, Object> plain(Map<String, AttributeRules.Typed> typed) {
        Map<String, Object> result = new LinkedHashMap<>();
        typed.forEach((name, value) -> result.put(name, value.value()));
        return result;
    }

    private static Money money(BigDecimal amount, String currency) {
        // amounts are stored with two decimals; show them so, whatever scale the driver hands back
        return amount == null ? null
                : new Money(amount.setScale(2, RoundingMode.HALF_UP), currency == null ? Money.DEFAULT_CURRENCY : currency);
    }
}
