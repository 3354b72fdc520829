package org.kehu.platform.core.internal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.kehu.platform.api.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates overdue workflow instances periodically. It wakes every second but scans only as often as
 * {@code workflow.escalation.scan.seconds} says, so a changed interval applies at once; 0 turns it off.
 */
public class EscalationScanner {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationScanner.class);

    private final WorkflowService workflows;
    private final WorkflowSettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private volatile Instant lastScan = Instant.EPOCH;

    public EscalationScanner(WorkflowService workflows, WorkflowSettings settings) {
        this(workflows, settings, Clock.systemUTC());
    }

    EscalationScanner(WorkflowService workflows, WorkflowSettings settings, Clock clock) {
        this.workflows = workflows;
        this.settings = settings;
        this.clock = clock;
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kehu-workflow-escalation");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tick, 5, 1, TimeUnit.SECONDS);
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    void tick() {
        long seconds = settings.scanSeconds();
        Instant now = clock.instant();
        if (seconds == 0 || now.isBefore(lastScan.plusSeconds(seconds))) {
            return;
        }
        lastScan = now;
        try {
            int n = workflows.escalateOverdue();
            if (n > 0) {
                LOG.info("Escalated {} overdue workflow instances", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("Escalation scan failed; it runs again in {} s", seconds, e);
        }
    }
}
