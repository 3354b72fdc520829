package org.kehu.platform.core.internal.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.KehuEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers platform events to the {@link KehuEventListener} services (bound by
 * Blueprint's reference list), in order, on one platform thread.
 */
public class EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final Map<KehuEventListener, List<String>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kehu-events");
        t.setDaemon(true);
        return t;
    });

    public void bind(KehuEventListener listener, Map<String, ?> properties) {
        if (listener != null) {
            listeners.put(listener, topics(properties == null ? null : properties.get(KehuEventListener.TOPICS)));
        }
    }

    public void unbind(KehuEventListener listener, Map<String, ?> properties) {
        if (listener != null) {
            listeners.remove(listener);
        }
    }

    public void publish(List<KehuEvent> events) {
        if (events.isEmpty() || executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            for (KehuEvent event : events) {
                listeners.forEach((listener, topics) -> {
                    if (matches(topics, event.topic())) {
                        try {
                            listener.onEvent(event);
                        } catch (RuntimeException e) {
                            LOG.warn("Event listener {} failed on {}", listener, event.topic(), e);
                        }
                    }
                });
            }
        });
    }

    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean matches(List<String> topics, String topic) {
        for (String t : topics) {
            if (t.equals("*") || t.equals(topic) || (t.endsWith("/*") && topic.startsWith(t.substring(0, t.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> topics(Object value) {
        if (value instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        if (value instanceof String[] a) {
            return List.of(a);
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
