package org.kehu.platform.api.spi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A transition between two states, taken by name. Only callers holding one of
 * {@code roles} may take it, and only for subjects whose amount lies in
 * ({@code amountAbove}, {@code amountUpTo}] when those bounds are given (e.g. a
 * contract over 3,000,000 goes to the office meeting). A comment may be required.
 * The pseudo-role {@link #STARTER} stands for the user who started the instance
 * (e.g. to withdraw it); it does not put the instance on anyone's task list.
 */
public record WorkflowTransition(
        String name,
        String from,
        String to,
        Map<String, String> labels,
        Set<String> roles,
        BigDecimal amountAbove,
        BigDecimal amountUpTo,
        boolean commentRequired) {

    /** The user who started the instance. */
    public static final String STARTER = "starter";

    public WorkflowTransition {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
