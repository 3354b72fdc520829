package org.kehu.platform.soap.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kehu.platform.api.Activity;
import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.CustomerQuery;
import org.kehu.platform.api.FinancialSummary;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.OrganizationProfile;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.PersonProfile;
import org.kehu.platform.api.ValidationException;

/** Converts between the SOAP contract's XML types and the platform API's records. */
final class SoapMapping {

    private SoapMapping() {
    }

    static CustomerDraft toDraft(Types.CustomerData d, boolean update) {
        if (d == null) {
            throw ValidationException.of("customer", "is required");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Types.AttributeData a : d.attributes) {
            if (a == null || a.name == null) {
                throw ValidationException.of("customer.attribute.name", "is required");
            }
            if (attributes.put(a.name, a.value) != null) {
                throw ValidationException.of("attributes." + a.name, "is given twice");
            }
        }
        return new CustomerDraft(d.type, d.name, d.industry, d.region, d.owner, d.status, d.phone, d.email, d.address,
                organization(d.organization), person(d.person), attributes, update ? d.version : null);
    }

    static CustomerQuery toQuery(Types.CustomerCriteria c) {
        if (c == null) {
            return CustomerQuery.all(0, 0);
        }
        return new CustomerQuery(c.q, c.type, c.industry, c.region, c.status, c.owner, c.page == null ? 0 : c.page,
                c.size == null ? 0 : c.size, c.sort);
    }

    static ActivityDraft toDraft(Types.ActivityData a) {
        if (a == null) {
            throw ValidationException.of("activity", "is required");
        }
        return new ActivityDraft(a.type, a.direction, a.occurredAt, a.staff, a.contactId, a.subject, a.content, a.outcome);
    }

    static Types.CustomerData toData(Customer c) {
        Types.CustomerData d = new Types.CustomerData();
        d.id = c.id();
        d.number = c.number();
        d.type = c.type();
        d.name = c.name();
        d.industry = c.industry();
        d.region = c.region();
        d.owner = c.owner();
        d.status = c.status();
        d.phone = c.phone();
        d.email = c.email();
        d.address = c.address();
        if (c.organization() != null) {
            OrganizationProfile o = c.organization();
            Types.OrganizationData od = new Types.OrganizationData();
            od.foundedOn = o.foundedOn();
            od.registeredCapital = money(o.registeredCapital());
            od.creditCode = o.creditCode();
            od.employees = o.employees();
            if (o.financials() != null) {
                od.financials = new Types.FinancialsData();
                od.financials.year = o.financials().year();
                od.financials.revenue = money(o.financials().revenue());
                od.financials.netProfit = money(o.financials().netProfit());
                od.financials.totalAssets = money(o.financials().totalAssets());
            }
            d.organization = od;
        }
        if (c.person() != null) {
            Types.PersonData pd = new Types.PersonData();
            pd.gender = c.person().gender();
            pd.birthDate = c.person().birthDate();
            pd.maritalStatus = c.person().maritalStatus();
            pd.occupation = c.person().occupation();
            d.person = pd;
        }
        c.attributes().forEach((name, value) -> {
            Types.AttributeData a = new Types.AttributeData();
            a.name = name;
            a.value = value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
            d.attributes.add(a);
        });
        d.churnReason = c.churnReason();
        d.createdAt = c.createdAt();
        d.updatedAt = c.updatedAt();
        d.version = c.version();
        return d;
    }

    static Types.CustomerPage toPage(Page<Customer> page) {
        Types.CustomerPage p = new Types.CustomerPage();
        page.items().forEach(c -> p.customers.add(toData(c)));
        p.page = page.page();
        p.size = page.size();
        p.total = page.total();
        return p;
    }

    static Types.ActivityData toData(Activity a) {
        Types.ActivityData d = new Types.ActivityData();
        d.id = a.id();
        d.type = a.type();
        d.direction = a.direction();
        d.occurredAt = a.occurredAt();
        d.staff = a.staff();
        d.contactId = a.contactId();
        d.subject = a.subject();
        d.content = a.content();
        d.outcome = a.outcome();
        return d;
    }

    private static OrganizationProfile organization(Types.OrganizationData o) {
        if (o == null) {
            return null;
        }
        FinancialSummary financials = o.financials == null ? null
                : new FinancialSummary(o.financials.year, money(o.financials.revenue), money(o.financials.netProfit),
                        money(o.financials.totalAssets));
        return new OrganizationProfile(o.foundedOn, money(o.registeredCapital), o.creditCode, o.employees, financials);
    }

    private static PersonProfile person(Types.PersonData p) {
        return p == null ? null : new PersonProfile(p.gender, p.birthDate, p.maritalStatus, p.occupation);
    }

    static Money money(Types.MoneyData m) {
        return m == null ? null : new Money(m.amount, m.currency == null ? Money.DEFAULT_CURRENCY : m.currency);
    }

    static Types.MoneyData money(Money m) {
        if (m == null) {
            return null;
        }
        Types.MoneyData d = new Types.MoneyData();
        d.amount = m.amount();
        d.currency = m.currency();
        return d;
    }

}
