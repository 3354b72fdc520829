package org.kehu.platform.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kehu.platform.api.Anniversary;
import org.kehu.platform.api.ContactDraft;

/** Validation of contacts and their anniversaries. */
public final class ContactRules {

    static final int MAX_ANNIVERSARIES = 20;

    private ContactRules() {
    }

    /** @return the cleaned draft; throws {@link org.kehu.platform.api.ValidationException} listing every error */
    public static ContactDraft check(ContactDraft draft, LocalDate today, boolean update) {
        Violations v = new Violations();
        if (draft == null) {
            v.add("body", "is required").throwIfAny();
        }
        String name = Texts.clean(draft.name());
        String phone = Texts.clean(draft.phone());
        String email = Texts.clean(draft.email());
        v.requireText("name", name, 100);
        v.maxLength("title", draft.title(), 100);
        v.matches("phone", phone, CustomerRules.PHONE, "a phone number of digits, spaces, + - ( )");
        if (v.maxLength("email", email, 254)) {
            v.matches("email", email, CustomerRules.EMAIL, "an e-mail address");
        }
        if (update) {
            v.require("version", draft.version());
        }
        List<Anniversary> anniversaries = draft.anniversaries() == null ? List.of() : draft.anniversaries();
        if (anniversaries.size() > MAX_ANNIVERSARIES) {
            v.add("anniversaries", "must be at most " + MAX_ANNIVERSARIES);
        }
        List<Anniversary> cleaned = new ArrayList<>();
        for (int i = 0; i < anniversaries.size() && i < MAX_ANNIVERSARIES; i++) {
            Anniversary a = anniversaries.get(i);
            String field = "anniversaries[" + i + "]";
            if (a == null) {
                v.add(field, "is required");
                continue;
            }
            v.require(field + ".kind", a.kind());
            if (v.require(field + ".date", a.date()) && (a.date().isAfter(today) || a.date().getYear() < 1800)) {
                v.add(field + ".date", "must be a past date");
            }
            v.maxLength(field + ".label", a.label(), 100);
            cleaned.add(new Anniversary(a.kind(), a.date(), Texts.clean(a.label())));
        }
        v.throwIfAny();
        return new ContactDraft(name, Texts.clean(draft.title()), phone, email, draft.primary(), cleaned, draft.version());
    }
}
