package org.kehu.platform.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.LifecycleStatus;

import static org.kehu.platform.api.LifecycleStatus.*;

class LifecycleRulesTest {

    @Test
    void theMainPathIsAllowedStepByStep() {
        LifecycleStatus[] path = {PROSPECT, NEW, ACTIVE, DORMANT, FROZEN, CHURNED};
        for (int i = 0; i + 1 < path.length; i++) {
            assertTrue(LifecycleRules.allowed(path[i], path[i + 1]), path[i] + " -> " + path[i + 1]);
        }
        assertTrue(LifecycleRules.allowed(FROZEN, ELIMINATED));
    }

    @Test
    void stepsCannotBeSkippedOrReversedArbitrarily() {
        assertFalse(LifecycleRules.allowed(PROSPECT, ACTIVE));
        assertFalse(LifecycleRules.allowed(ACTIVE, FROZEN));
        assertFalse(LifecycleRules.allowed(ACTIVE, NEW));
        assertFalse(LifecycleRules.allowed(ACTIVE, ACTIVE));
        assertFalse(LifecycleRules.allowed(NEW, PROSPECT));
    }

    @Test
    void dormantFrozenAndChurnedCustomersCanBeReactivated() {
        assertTrue(LifecycleRules.allowed(DORMANT, ACTIVE));
        assertTrue(LifecycleRules.allowed(FROZEN, ACTIVE));
        assertTrue(LifecycleRules.allowed(CHURNED, ACTIVE));
        assertTrue(LifecycleRules.isWinBack(CHURNED, ACTIVE));
        assertFalse(LifecycleRules.isWinBack(DORMANT, ACTIVE));
    }

    @Test
    void eliminatedIsFinal() {
        assertEquals(Set.of(), LifecycleRules.next(ELIMINATED));
        for (LifecycleStatus to : LifecycleStatus.values()) {
            assertFalse(LifecycleRules.allowed(ELIMINATED, to));
        }
    }

    @Test
    void newCustomersStartAsProspectNewOrActive() {
        assertEquals(Set.of(PROSPECT, NEW, ACTIVE), LifecycleRules.INITIAL);
        Violations v = new Violations();
        CustomerRules.checkInitialStatus(CHURNED, v);
        assertEquals("status", v.errors().get(0).field());
    }
}
