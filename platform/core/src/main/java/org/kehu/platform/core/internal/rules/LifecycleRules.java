package org.kehu.platform.core.internal.rules;

import static org.kehu.platform.api.LifecycleStatus.ACTIVE;
import static org.kehu.platform.api.LifecycleStatus.CHURNED;
import static org.kehu.platform.api.LifecycleStatus.DORMANT;
import static org.kehu.platform.api.LifecycleStatus.ELIMINATED;
import static org.kehu.platform.api.LifecycleStatus.FROZEN;
import static org.kehu.platform.api.LifecycleStatus.NEW;
import static org.kehu.platform.api.LifecycleStatus.PROSPECT;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.LifecycleStatus;

/**
 * The customer lifecycle: prospect → new → active → dormant → frozen →
 * churned / eliminated. Dormant, frozen and churned customers can be
 * reactivated; an eliminated customer stays eliminated. A prospect that never
 * became a customer can be eliminated directly.
 */
public final class LifecycleRules {

    private static final Map<LifecycleStatus, Set<LifecycleStatus>> NEXT = new EnumMap<>(LifecycleStatus.class);

    static {
        NEXT.put(PROSPECT, EnumSet.of(NEW, ELIMINATED));
        NEXT.put(NEW, EnumSet.of(ACTIVE, DORMANT, CHURNED));
        NEXT.put(ACTIVE, EnumSet.of(DORMANT, CHURNED));
        NEXT.put(DORMANT, EnumSet.of(ACTIVE, FROZEN, CHURNED));
        NEXT.put(FROZEN, EnumSet.of(ACTIVE, CHURNED, ELIMINATED));
        NEXT.put(CHURNED, EnumSet.of(ACTIVE, ELIMINATED));
        NEXT.put(ELIMINATED, EnumSet.noneOf(LifecycleStatus.class));
    }

    /** The statuses a customer may be created with: a new lead, or an existing customer being recorded. */
    public static final Set<LifecycleStatus> INITIAL = EnumSet.of(PROSPECT, NEW, ACTIVE);

    private LifecycleRules() {
    }

    public static Set<LifecycleStatus> next(LifecycleStatus from) {
        return Set.copyOf(NEXT.getOrDefault(from, Set.of()));
    }

    public static boolean allowed(LifecycleStatus from, LifecycleStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** Moving a churned customer back to active is a win-back and needs a decision to win it back. */
    public static boolean isWinBack(LifecycleStatus from, LifecycleStatus to) {
        return from == CHURNED && to == ACTIVE;
    }
}
