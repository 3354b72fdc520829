package org.kehu.platform.core.internal.grading;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.grading.GradingRun;
import org.kehu.platform.api.grading.GradingRunState;
import org.kehu.platform.api.grading.GradingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the scheduled grading runs ({@code grading.schedule.<policy id>}, see {@link GradingSchedule}) as the system,
 * on one timer thread. A new set of schedules takes effect at once; a policy whose last run is still queued or running
 * is skipped for that firing. Firings missed while the runtime was down are not repeated.
 */
public class GradingScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(GradingScheduler.class);

    private final GradingService grading;
    private final GradingSettings settings;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private final Map<String, ZonedDateTime> due = new HashMap<>();

    public GradingScheduler(GradingService grading, GradingSettings settings) {
        this(grading, settings, Clock.systemDefaultZone());
    }

    GradingScheduler(GradingService grading, GradingSettings settings, Clock clock) {
        this.grading = grading;
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized void init() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kehu-grading-schedule");
            t.setDaemon(true);
            return t;
        });
        settings.onChange(this::reschedule);
        reschedule();
    }

    public synchronized void close() {
        settings.onChange(null);
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** Computes every policy's next firing from now and arms the timer for the earliest. */
    synchronized void reschedule() {
        if (timer == null) {
            return;
        }
        due.clear();
        ZonedDateTime now = ZonedDateTime.now(clock);
        settings.schedules().forEach((policy, schedule) -> due.put(policy, schedule.next(now)));
        if (!due.isEmpty()) {
            LOG.info("Scheduled grading runs: {}", due);
        }
        arm(now);
    }

    private void arm(ZonedDateTime now) {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        due.values().stream().min(ZonedDateTime::compareTo).ifPresent(first -> {
            long delay = Math.max(0, Duration.between(now, first).toMillis());
            pending = timer.schedule(this::fire, delay, TimeUnit.MILLISECONDS);
        });
    }

    private synchronized void fire() {
        if (timer == null) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        Map<String, GradingSchedule> schedules = settings.schedules();
        for (Map.Entry<String, ZonedDateTime> e : List.copyOf(due.entrySet())) {
            GradingSchedule schedule = schedules.get(e.getKey());
            if (schedule == null || e.getValue().isAfter(now)) {
                continue;
            }
            start(e.getKey(), schedule.period(e.getValue()));
            due.put(e.getKey(), schedule.next(now));
        }
        arm(now);
    }

    private void start(String policy, String period) {
        try {
            List<GradingRun> last = grading.runs(Actor.SYSTEM, policy, 0, 1).items();
            if (!last.isEmpty() && (last.get(0).state() == GradingRunState.QUEUED
                    || last.get(0).state() == GradingRunState.RUNNING)) {
                LOG.info("Scheduled {} run for {} skipped: run {} is still {}", policy, period, last.get(0).id(),
                        last.get(0).state());
                return;
            }
            GradingRun run = grading.start(Actor.SYSTEM, policy, period);
            LOG.info("Scheduled {} run {} started for {}", policy, run.id(), period);
        } catch (RuntimeException ex) {
            LOG.warn("Scheduled {} run for {} could not start", policy, period, ex);
        }
    }
}
