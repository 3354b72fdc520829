package org.kehu.bench.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Heap figures of the runtime. {@code used} collects garbage first and prints the live heap. {@code watch-start} /
 * {@code watch-stop} follow every collection in between and print the highest heap left after a collection
 * ({@code peakAfterGc}: what the work held across collections) and the highest heap seen at all ({@code peak},
 * garbage included).
 */
@Service
@Command(scope = "kehu-bench", name = "heap", description = "Live heap after a full collection, or the peaks between watch-start and watch-stop")
public class HeapCommand implements Action {

    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final AtomicLong PEAK = new AtomicLong();
    private static final List<NotificationEmitter> WATCHED = new ArrayList<>();
    private static NotificationListener listener;
    private static Thread sampler;

    @Argument(index = 0, name = "what", description = "used (default), watch-start or watch-stop")
    private String what = "used";

    @Override
    public Object execute() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        switch (what) {
            case "used" -> {
                for (int i = 0; i < 3; i++) {
                    memory.gc();
                    Thread.sleep(200);
                }
                MemoryUsage heap = memory.getHeapMemoryUsage();
                System.out.println("heap used=" + heap.getUsed() + " max=" + heap.getMax());
            }
            case "watch-start" -> {
                stop();
                start(memory);
                System.out.println("heap watching");
            }
            case "watch-stop" -> {
                stop();
                System.out.println("heap peakAfterGc=" + PEAK_AFTER_GC.get() + " peak=" + PEAK.get());
            }
            default -> throw new IllegalArgumentException("used, watch-start or watch-stop, not " + what);
        }
        return null;
    }

    private static synchronized void start(MemoryMXBean memory) {
        PEAK_AFTER_GC.set(0);
        PEAK.set(0);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        listener = (Notification n, Object handback) -> {
            if (GC_NOTIFICATION.equals(n.getType()) && n.getUserData() instanceof CompositeData data) {
                CompositeData info = (CompositeData) data.get("gcInfo");
                TabularData after = (TabularData) info.get("memoryUsageAfterGc");
                long used = 0;
                for (Object row : after.values()) {
                    CompositeData r = (CompositeData) row;
                    if (heapPools.contains((String) r.get("key"))) {
                        used += MemoryUsage.from((CompositeData) r.get("value")).getUsed();
                    }
                }
                PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                WATCHED.add(emitter);
            }
        }
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "kehu-bench-heap");
        t.setDaemon(true);
        t.start();
        sampler = t;
    }

    private static synchronized void stop() throws InterruptedException {
        for (NotificationEmitter e : WATCHED) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException gone) {
                // already removed
            }
        }
        WATCHED.clear();
        if (sampler != null) {
            sampler.interrupt();
            sampler.join(1000);
            sampler = null;
        }
    }
}
