package org.kehu.platform.core.internal.workflow;

import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.PlatformException;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.KehuEventListener;
import org.kehu.platform.api.workflow.WorkflowStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Eliminated customers are frozen (DOMAIN §5): when a D-class continuation ends in {@code eliminated}, the freeze
 * workflow starts for the customer in the name of whoever eliminated it. A customer that cannot be frozen now (already
 * in a freeze, no longer active) is logged and left to the business unit.
 */
public class EliminationFollowUp implements KehuEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(EliminationFollowUp.class);

    private final WorkflowEngine engine;

    public EliminationFollowUp(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void onEvent(KehuEvent event) {
        Map<String, Object> p = event.properties();
        if (!DClassContinuationWorkflow.ID.equals(p.get("definition")) || !"eliminated".equals(p.get("state"))
                || !(p.get("subjectId") instanceof Number customer)) {
            return;
        }
        Actor by = new Actor(String.valueOf(p.get("actor")), Set.of(), null);
        try {
            engine.start(by, new WorkflowStart(FreezeWorkflow.ID, customer.longValue(), null,
                    Map.of("reason", "D类客户淘汰（D-class elimination, workflow " + p.get("instanceId") + "）"), null));
        } catch (PlatformException e) {
            LOG.info("No freeze request for the eliminated customer {}: {}", customer, e.getMessage());
        }
    }
}
