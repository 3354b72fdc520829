package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.FieldError;

class GradeFilterTest {

    private static final Function<String, Optional<List<String>>> SCALES = id -> switch (id) {
        case "abc" -> Optional.of(List.of("A", "B", "C"));
        case "d-class" -> Optional.of(List.of("D", "NORMAL"));
        default -> Optional.empty();
    };

    @Test
    void groupsGradesByPolicyInTheOrderGiven() {
        Violations v = new Violations();
        Map<String, Set<String>> f = GradeFilter.parse(List.of("abc:A", " abc : B ", "d-class:D", "abc:A"), SCALES, v);
        assertTrue(v.isEmpty());
        assertEquals(List.of("abc", "d-class"), List.copyOf(f.keySet()));
        assertEquals(List.of("A", "B"), List.copyOf(f.get("abc")));
        assertEquals(Set.of("D"), f.get("d-class"));
    }

    @Test
    void noEntriesNoFilter() {
        Violations v = new Violations();
        assertTrue(GradeFilter.parse(List.of(), SCALES, v).isEmpty());
        assertTrue(GradeFilter.parse(null, SCALES, v).isEmpty());
        assertTrue(v.isEmpty());
    }

    @Test
    void refusesEntriesWithoutExactlyOneColonAndBothParts() {
        for (String bad : List.of("abcA", ":A", "abc:", "abc:A:B", "", "  ")) {
            Violations v = new Violations();
            GradeFilter.parse(List.of(bad), SCALES, v);
            List<FieldError> errors = v.errors();
            assertEquals(1, errors.size(), bad);
            assertEquals("grade", errors.get(0).field());
        }
    }

    @Test
    void refusesUnknownPoliciesAndGradesOutsideTheScale() {
        Violations v = new Violations();
        Map<String, Set<String>> f = GradeFilter.parse(List.of("nope:A", "abc:Z", "abc:C"), SCALES, v);
        assertEquals(2, v.errors().size());
        assertTrue(v.errors().stream().allMatch(e -> e.field().equals("grade")));
        assertTrue(v.errors().get(0).message().contains("nope"));
        assertTrue(v.errors().get(1).message().contains("Z"));
        assertEquals(Map.of("abc", Set.of("C")), f);
    }
}
