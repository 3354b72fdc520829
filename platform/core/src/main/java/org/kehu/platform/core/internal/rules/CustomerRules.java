package org.kehu.platform.core.internal.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.FinancialSummary;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.OrganizationProfile;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.PersonProfile;
import org.kehu.platform.api.spi.AttributeDefinition;

import java.util.List;

/** Validation of customer master data as clients submit it. */
public final class CustomerRules {

    public static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private CustomerRules() {
    }

    /** The outcome of validating a draft: the cleaned values to store. */
    public record Checked(CustomerDraft draft, Map<String, AttributeRules.Typed> attributes) {
    }

    /**
     * @param knownIndustries industries a customer may belong to
     * @param schema          the attribute schema of the draft's industry, {@code null} when no module is installed
     * @param today           the current date, for "not in the future" checks
     */
    public static Checked check(CustomerDraft draft, Set<String> knownIndustries, List<AttributeDefinition> schema,
            LocalDate today, Violations v) {
        if (draft == null) {
            v.add("body", "is required");
            return null;
        }
        String name = Texts.clean(draft.name());
        String industry = Texts.clean(draft.industry());
        String region = Texts.clean(draft.region());
        String owner = Texts.clean(draft.owner());
        String phone = Texts.clean(draft.phone());
        String email = Texts.clean(draft.email());
        String address = Texts.clean(draft.address());

        v.require("type", draft.type());
        if (v.requireText("name", name, 200) && name.length() < 2) {
            v.add("name", "must be at least 2 characters");
        }
        if (v.requireText("industry", industry, 64) && !knownIndustries.contains(industry)) {
            v.add("industry", "must be one of " + knownIndustries);
        }
        v.requireText("region", region, 64);
        v.matches("owner", owner, USER, "a user name (letters, digits, . _ @ -)");
        v.matches("phone", phone, PHONE, "a phone number of digits, spaces, + - ( )");
        if (v.maxLength("email", email, 254)) {
            v.matches("email", email, EMAIL, "an e-mail address");
        }
        v.maxLength("address", address, 500);

        if (draft.type() == PartyType.ORGANIZATION) {
            if (draft.person() != null) {
                v.add("person", "is only for customers of type PERSON");
            }
            checkOrganization(draft.organization(), today, v);
        } else if (draft.type() == PartyType.PERSON) {
            if (draft.organization() != null) {
                v.add("organization", "is only for customers of type ORGANIZATION");
            }
            checkPerson(draft.person(), today, v);
        }
        Map<String, AttributeRules.Typed> attributes = AttributeRules.validate(industry, schema, draft.attributes(), v);
        CustomerDraft cleaned = new CustomerDraft(draft.type(), name, industry, region, owner, draft.status(), phone, email,
                address, cleanOrganization(draft.organization()), cleanPerson(draft.person()), draft.attributes(),
                draft.version());
        return new Checked(cleaned, attributes);
    }

    /** Checks the status a new customer is created with. */
    public static void checkInitialStatus(LifecycleStatus status, Violations v) {
        if (status != null && !LifecycleRules.INITIAL.contains(status)) {
            v.add("status", "a new customer must be one of " + LifecycleRules.INITIAL);
        }
    }

    private static void checkOrganization(OrganizationProfile org, LocalDate today, Violations v) {
        if (org == null) {
            return;
        }
        if (org.foundedOn() != null && (org.foundedOn().isAfter(today) || org.foundedOn().getYear() < 1800)) {
            v.add("organization.foundedOn", "must be a past date");
        }
        v.money("organization.registeredCapital", org.registeredCapital(), false);
        String code = Texts.clean(org.creditCode());
        if (code != null && !CreditCodes.isValid(code.toUpperCase())) {
            v.add("organization.creditCode", "must be a valid 18-character unified social credit code");
        }
        if (org.employees() != null && org.employees() < 0) {
            v.add("organization.employees", "must not be negative");
        }
        FinancialSummary f = org.financials();
        if (f != null) {
            if (f.year() == null) {
                v.add("organization.financials.year", "is required");
            } else if (f.year() < 1900 || f.year() > today.getYear()) {
                v.add("organization.financials.year", "must be between 1900 and " + today.getYear());
            }
            v.money("organization.financials.revenue", f.revenue(), false);
            v.money("organization.financials.netProfit", f.netProfit(), true);
            v.money("organization.financials.totalAssets", f.totalAssets(), false);
            String currency = null;
            for (var m : new Money[] {f.revenue(), f.netProfit(), f.totalAssets()}) {
                if (m != null) {
                    String c = m.currency() == null ? Money.DEFAULT_CURRENCY : m.currency();
                    if (currency != null && !currency.equals(c)) {
                        v.add("organization.financials", "all amounts must be in one currency");
                        break;
                    }
                    currency = c;
                }
            }
        }
    }

    private static void checkPerson(PersonProfile person, LocalDate today, Violations v) {
        if (person == null) {
            return;
        }
        if (person.birthDate() != null && (person.birthDate().isAfter(today) || person.birthDate().getYear() < 1900)) {
            v.add("person.birthDate", "must be a past date after 1900");
        }
        v.maxLength("person.occupation", person.occupation(), 100);
    }

    private static OrganizationProfile cleanOrganization(OrganizationProfile org) {
        if (org == null) {
            return null;
        }
        String code = Texts.clean(org.creditCode());
        return new OrganizationProfile(org.foundedOn(), org.registeredCapital(), code == null ? null : code.toUpperCase(),
                org.employees(), org.financials());
    }

    private static PersonProfile cleanPerson(PersonProfile person) {
        if (person == null) {
            return null;
        }
        return new PersonProfile(person.gender(), person.birthDate(), person.maritalStatus(), Texts.clean(person.occupation()));
    }
}
