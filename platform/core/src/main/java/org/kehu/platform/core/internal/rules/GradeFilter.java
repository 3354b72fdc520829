package org.kehu.platform.core.internal.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The current-grade filter of a customer search: entries {@code <policy id>:<grade>}, grouped by policy. Grades of
 * one policy are alternatives (OR); different policies must all match (AND).
 */
public final class GradeFilter {

    public static final String FIELD = "grade";

    private GradeFilter() {
    }

    /**
     * Parses the entries, checking each policy and grade against the installed scales.
     *
     * @param scales the grade codes of an installed policy by its id, empty when no such policy is installed
     * @return the grade codes by policy id, in the order given; errors go to {@code v} under the field {@value #FIELD}
     */
    public static Map<String, Set<String>> parse(Collection<String> entries, Function<String, Optional<List<String>>> scales,
            Violations v) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (entries == null) {
            return out;
        }
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.strip();
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1 || entry.indexOf(':', colon + 1) >= 0) {
                v.add(FIELD, "must be written <policy>:<grade>, e.g. abc:A, not '" + entry + "'");
                continue;
            }
            String policy = entry.substring(0, colon).strip();
            String grade = entry.substring(colon + 1).strip();
            Optional<List<String>> scale = scales.apply(policy);
            if (scale.isEmpty()) {
                v.add(FIELD, "names no installed grading policy: " + policy);
                continue;
            }
            if (!scale.get().contains(grade)) {
                v.add(FIELD, "'" + grade + "' is not a grade of the policy " + policy + " " + scale.get());
                continue;
            }
            out.computeIfAbsent(policy, k -> new LinkedHashSet<>()).add(grade);
        }
        return out;
    }

    /**
     * Adds one {@code EXISTS} per policy on the current run's assignments of the customer {@code alias} (indexed by
     * (RUN_ID, CUSTOMER_ID) and (RUN_ID, GRADE)), with its parameters.
     */
    public static void where(Map<String, Set<String>> grades, String alias, StringBuilder where,
            Map<String, Object> params) {
        int i = 0;
        for (Map.Entry<String, Set<String>> g : grades.entrySet()) {
            where.append(" AND EXISTS (SELECT a.id FROM GradeAssignmentEntity a, GradingPolicyStateEntity s")
                    .append(" WHERE s.policyId = :gp").append(i).append(" AND a.runId = s.runId")
                    .append(" AND a.customerId = ").append(alias).append(".id AND a.grade IN :gg").append(i).append(")");
            params.put("gp" + i, g.getKey());
            params.put("gg" + i, List.copyOf(g.getValue()));
            i++;
        }
    }
}
