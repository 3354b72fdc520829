package org.kehu.platform.core.internal.workflow;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowTransition;

/** Who may take which transition of a definition, and how an instance's data is stored. */
public final class WorkflowRules {

    private WorkflowRules() {
    }

    /** Whether the amount lies within the transition's bounds ({@code amountAbove}, {@code amountUpTo}]. */
    public static boolean fits(WorkflowTransition t, BigDecimal amount) {
        if (t.amountAbove() == null && t.amountUpTo() == null) {
            return true;
        }
        if (amount == null) {
            return false;
        }
        return (t.amountAbove() == null || amount.compareTo(t.amountAbove()) > 0)
                && (t.amountUpTo() == null || amount.compareTo(t.amountUpTo()) <= 0);
    }

    /**
     * Whether the actor may take the transition: one of its roles, the role the instance escalated to (but not for a
     * starter's own transition such as a withdrawal), or the starter of the instance when the transition names
     * {@link WorkflowTransition#STARTER}.
     */
    public static boolean mayTake(Actor actor, WorkflowTransition t, String escalatedTo, String startedBy) {
        boolean starterOnly = t.roles().contains(WorkflowTransition.STARTER);
        if (starterOnly && actor.user().equals(startedBy)) {
            return true;
        }
        if (!starterOnly && escalatedTo != null && actor.hasRole(escalatedTo)) {
            return true;
        }
        for (String role : t.roles()) {
            if (!WorkflowTransition.STARTER.equals(role) && actor.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The transitions leaving a state. */
    public static List<WorkflowTransition> from(WorkflowDefinition definition, String state) {
        List<WorkflowTransition> out = new ArrayList<>();
        for (WorkflowTransition t : definition.transitions()) {
            if (t.from().equals(state)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The transitions the actor may take now from the state for this amount. */
    public static List<WorkflowTransition> options(WorkflowDefinition definition, String state, BigDecimal amount,
            String escalatedTo, String startedBy, Actor actor) {
        List<WorkflowTransition> out = new ArrayList<>();
        for (WorkflowTransition t : from(definition, state)) {
            if (fits(t, amount) && mayTake(actor, t, escalatedTo, startedBy)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The roles that may act on an instance in the state: those of the fitting transitions (but the starter) and the
     * escalation role.
     */
    public static Set<String> candidates(WorkflowDefinition definition, String state, BigDecimal amount, String escalatedTo) {
        Set<String> roles = new TreeSet<>();
        for (WorkflowTransition t : from(definition, state)) {
            if (fits(t, amount)) {
                roles.addAll(t.roles());
            }
            roles.remove(WorkflowTransition.STARTER);
        }
        if (escalatedTo != null && !from(definition, state).isEmpty()) {
            roles.add(escalatedTo);
        }
        return roles;
    }

    public static Optional<WorkflowState> state(WorkflowDefinition definition, String id) {
        return definition.states().stream().filter(s -> id != null && id.equals(s.id())).findFirst();
    }

    /**
     * Problems of a definition that the engine cannot run: a missing initial state, transitions between unknown
     * states, a terminal state with transitions leaving it, a transition without roles. Empty when it is sound.
     */
    public static List<String> problems(WorkflowDefinition d) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (WorkflowState s : d.states()) {
            if (s.id() == null) {
                out.add("a state has no id");
            } else if (!ids.add(s.id())) {
                out.add("state " + s.id() + " is defined twice");
            }
        }
        if (!ids.contains(d.initialState())) {
            out.add("the initial state " + d.initialState() + " is not a state");
        }
        for (WorkflowTransition t : d.transitions()) {
            if (!ids.contains(t.from()) || !ids.contains(t.to())) {
                out.add("transition " + t.name() + " joins unknown states " + t.from() + " -> " + t.to());
            } else if (state(d, t.from()).map(WorkflowState::terminal).orElse(false)) {
                out.add("transition " + t.name() + " leaves the terminal state " + t.from());
            }
            if (t.roles().isEmpty()) {
                out.add("transition " + t.name() + " from " + t.from() + " names no role");
            }
        }
        return out;
    }

    /** Stores data as properties text, keys sorted. */
    public static String encode(Map<String, String> data) {
        if (data == null || data.isEmpty()) {
            return null;
        }
        Properties p = new Properties();
        p.putAll(data);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder sorted = new StringBuilder();
        out.toString().lines().filter(l -> !l.startsWith("#")).sorted().forEach(l -> sorted.append(l).append('\n'));
        return sorted.toString();
    }

    public static Map<String, String> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }
}
