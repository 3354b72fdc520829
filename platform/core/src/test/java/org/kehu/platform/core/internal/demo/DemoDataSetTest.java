package org.kehu.platform.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.Anniversary;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.RelationshipType;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.WinBackOutcome;
import org.kehu.platform.core.internal.rules.AnniversaryCalendar;
import org.kehu.platform.core.internal.rules.ContactRules;
import org.kehu.platform.core.internal.rules.CreditCodes;
import org.kehu.platform.core.internal.rules.CustomerRules;
import org.kehu.platform.core.internal.rules.LifecycleRules;
import org.kehu.platform.core.internal.rules.Violations;

class DemoDataSetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> INDUSTRIES = Set.of("telecom", "real-estate", "fuel-card", "cement", "bank");
    private static final List<DemoDataSet.DemoCustomer> DATA = DemoDataSet.generate(42, 320, TODAY);

    @Test
    void generatesTheRequestedNumberDeterministically() {
        assertEquals(320, DATA.size());
        assertEquals(DATA, DemoDataSet.generate(42, 320, TODAY));
        assertNotEquals(DATA, DemoDataSet.generate(43, 320, TODAY));
    }

    @Test
    void namesAndCreditCodesAreUniqueAndValid() {
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (DemoDataSet.DemoCustomer c : DATA) {
            assertTrue(names.add(c.draft().name()), "duplicate name " + c.draft().name());
            if (c.draft().type() == PartyType.ORGANIZATION) {
                String code = c.draft().organization().creditCode();
                assertTrue(CreditCodes.isValid(code), "invalid credit code " + code);
                assertTrue(codes.add(code), "duplicate credit code " + code);
            }
        }
    }

    @Test
    void coversEveryIndustryAndBothPartyTypes() {
        assertEquals(INDUSTRIES, DATA.stream().map(c -> c.draft().industry()).collect(Collectors.toSet()));
        long persons = DATA.stream().filter(c -> c.draft().type() == PartyType.PERSON).count();
        assertTrue(persons > 30 && persons < 100, "persons: " + persons);
    }

    @Test
    void draftsAndContactsPassTheValidationRules() {
        int upcoming = 0;
        for (DemoDataSet.DemoCustomer c : DATA) {
            CustomerDraft draft = c.draft();
            Violations v = new Violations();
            CustomerRules.check(draft, INDUSTRIES, null, TODAY, v);
            assertTrue(v.isEmpty(), draft.name() + ": " + v.errors());
            assertNull(draft.version());
            assertTrue(LifecycleRules.INITIAL.contains(draft.status()));
            assertTrue(Set.of("am1", "am2", "manager").contains(draft.owner()));
            assertTrue(draft.attributes().isEmpty());
            assertTrue(c.roles().contains(PartyRole.BUYER));
            if (draft.type() == PartyType.ORGANIZATION) {
                assertNotNull(draft.organization().financials());
                assertEquals(TODAY.getYear() - 1, draft.organization().financials().year());
                assertTrue(c.contacts().size() >= 1 && c.contacts().size() <= 3);
                assertEquals(1, c.contacts().stream().filter(ContactDraft::primary).count());
            } else {
                assertNotNull(draft.person());
                assertTrue(c.contacts().isEmpty());
                int year = draft.person().birthDate().getYear();
                assertTrue(year >= 1950 && year <= 2000);
            }
            for (ContactDraft contact : c.contacts()) {
                assertNull(contact.version());
                assertDoesNotThrow(() -> ContactRules.check(contact, TODAY, false), contact.name());
                for (Anniversary a : contact.anniversaries()) {
                    if (AnniversaryCalendar.occurrenceWithin(a.date(), TODAY, TODAY.plusDays(30)) != null) {
                        upcoming++;
                    }
                }
            }
        }
        assertTrue(upcoming >= 5, "upcoming anniversaries: " + upcoming);
    }

    @Test
    void activitiesAreRecentAndByTheOwner() {
        for (DemoDataSet.DemoCustomer c : DATA) {
            assertTrue(c.activities().size() >= 2 && c.activities().size() <= 6);
            for (ActivityDraft a : c.activities()) {
                assertEquals(c.draft().owner(), a.staff());
                assertTrue(a.occurredAt().isBefore(TODAY.atStartOfDay()));
                assertFalse(a.occurredAt().isBefore(TODAY.minusDays(365).atStartOfDay()));
                assertTrue(a.subject().length() <= 200 && !a.subject().isBlank());
            }
        }
    }

    @Test
    void relationsRespectPartyTypesOrderAndUniqueness() {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < DATA.size(); i++) {
            PartyType from = DATA.get(i).draft().type();
            for (DemoDataSet.DemoRelation r : DATA.get(i).relations()) {
                total++;
                assertTrue(r.toIndex() >= 0 && r.toIndex() < i, "toIndex " + r.toIndex() + " at " + i);
                PartyType to = DATA.get(r.toIndex()).draft().type();
                RelationshipType type = r.type();
                assertTrue(type.fromType() == null || type.fromType() == from, type + " from " + from);
                assertTrue(type.toType() == null || type.toType() == to, type + " to " + to);
                assertTrue(seen.add(type + ":" + Math.min(i, r.toIndex()) + ":" + Math.max(i, r.toIndex())),
                        "duplicate " + type + " between " + i + " and " + r.toIndex());
                assertTrue(r.since() == null || !r.since().isAfter(TODAY));
            }
        }
        assertTrue(total >= 100 && total <= 220, "relations: " + total);
        for (RelationshipType type : RelationshipType.values()) {
            assertTrue(seen.stream().anyMatch(k -> k.startsWith(type + ":")), "no " + type);
        }
    }

    @Test
    void transitionsFollowTheLifecycleAndChurnedCustomersHaveAWinBackDecision() {
        Set<LifecycleStatus> finals = new HashSet<>();
        for (DemoDataSet.DemoCustomer c : DATA) {
            LifecycleStatus status = c.draft().status();
            for (StatusChangeRequest step : c.transitions()) {
                assertTrue(LifecycleRules.allowed(status, step.status()), status + " -> " + step.status());
                assertFalse(LifecycleRules.isWinBack(status, step.status()));
                assertNull(step.version());
                assertEquals(step.status() == LifecycleStatus.CHURNED, step.churnReason() != null);
                status = step.status();
            }
            finals.add(status);
            if (status == LifecycleStatus.CHURNED) {
                assertNotNull(c.winBack());
                assertTrue(c.winBack().outcome() != WinBackOutcome.WIN_BACK
                        || c.winBack().estimatedCost() != null && c.winBack().estimatedValue() != null);
                assertFalse(c.winBack().reason().isBlank());
            } else {
                assertNull(c.winBack());
            }
            assertTrue(c.handovers().size() <= 1);
            for (HandoverRequest h : c.handovers()) {
                assertNotEquals(c.draft().owner(), h.newOwner());
                assertFalse(h.reason().isBlank());
            }
        }
        assertEquals(Set.of(LifecycleStatus.values()), finals);
    }
}
