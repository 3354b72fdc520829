package org.kehu.platform.core.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kehu.platform.api.ledger.LedgerTopics;
import org.kehu.platform.api.spi.KehuEvent;
import org.kehu.platform.api.spi.KehuEventListener;

class EventBusTest {

    private static final long TIMEOUT_MS = 2000;
    private static final String DRAIN = "test/DRAIN";

    private final EventBus bus = new EventBus();

    @AfterEach
    void close() {
        bus.close();
    }

    private static KehuEvent event(String topic) {
        return new KehuEvent(topic, Map.of("customerId", 7L), Instant.parse("2026-06-01T00:00:00Z"));
    }

    private static Map<String, Object> topics(Object value) {
        return Map.of(KehuEventListener.TOPICS, value);
    }

    /** Records the topics it receives and counts down a latch per event. */
    private static final class Recorder implements KehuEventListener {
        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch latch;

        Recorder(int expected) {
            latch = new CountDownLatch(expected);
        }

        @Override
        public void onEvent(KehuEvent event) {
            if (event.topic().equals(DRAIN) && this != drainMarker) {
                return; // the drain marker event is not part of what the tests publish
            }
            received.add(event.topic());
            latch.countDown();
        }

        private Recorder drainMarker;

        boolean await() throws InterruptedException {
            return latch.await(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until everything published so far has been delivered (the bus has one thread). */
    private void drain() throws InterruptedException {
        Recorder marker = new Recorder(1);
        marker.drainMarker = marker;
        bus.bind(marker, topics(DRAIN));
        bus.publish(List.of(event(DRAIN)));
        assertTrue(marker.await(), "bus did not drain");
        bus.unbind(marker, null);
    }

    // topic matching

    @Test
    void exactTopic() {
        assertTrue(EventBus.matches(List.of(LedgerTopics.WARNING_RAISED), "org/kehu/credit/WARNING_RAISED"));
        assertFalse(EventBus.matches(List.of(LedgerTopics.WARNING_RAISED), "org/kehu/credit/WARNING_CLEARED"));
        assertFalse(EventBus.matches(List.of(LedgerTopics.WARNING_RAISED), "org/kehu/credit/WARNING_RAISED/x"));
        assertFalse(EventBus.matches(List.of(LedgerTopics.WARNING_RAISED), "org/kehu/credit/WARNING"));
    }

    @Test
    void prefixTopic() {
        List<String> credit = List.of("org/kehu/credit/*");
        assertTrue(EventBus.matches(credit, LedgerTopics.WARNING_RAISED));
        assertTrue(EventBus.matches(credit, LedgerTopics.WARNING_CLEARED));
        assertTrue(EventBus.matches(credit, "org/kehu/credit/a/b"));
        assertFalse(EventBus.matches(credit, LedgerTopics.SHIPMENT_REFUSED));
        assertFalse(EventBus.matches(credit, "org/kehu/creditx/WARNING_RAISED"));
        assertFalse(EventBus.matches(credit, "org/kehu/credit"));
        assertFalse(EventBus.matches(credit, "other/org/kehu/credit/X"));
        assertTrue(EventBus.matches(List.of("org/kehu/*"), LedgerTopics.PAYMENT_RECORDED));
    }

    @Test
    void wildcardMatchesEverything() {
        assertTrue(EventBus.matches(List.of("*"), LedgerTopics.WARNING_RAISED));
        assertTrue(EventBus.matches(List.of("*"), LedgerTopics.SHIPMENT_REFUSED));
        assertTrue(EventBus.matches(List.of("*"), "anything"));
    }

    @Test
    void noMatch() {
        assertFalse(EventBus.matches(List.of(), LedgerTopics.WARNING_RAISED));
        assertFalse(EventBus.matches(List.of("org/kehu/ledger/*", LedgerTopics.WARNING_CLEARED), LedgerTopics.WARNING_RAISED));
        assertTrue(EventBus.matches(List.of("org/kehu/ledger/*", LedgerTopics.WARNING_CLEARED), LedgerTopics.WARNING_CLEARED));
        // a star not after a slash is no wildcard
        assertFalse(EventBus.matches(List.of("org/kehu/cred*"), LedgerTopics.WARNING_RAISED));
    }

    // delivery

    @Test
    void deliversOnlyMatchingTopicsInOrder() throws InterruptedException {
        Recorder credit = new Recorder(3);
        Recorder all = new Recorder(5);
        bus.bind(credit, topics("org/kehu/credit/*"));
        bus.bind(all, topics("*"));
        bus.publish(List.of(event(LedgerTopics.WARNING_RAISED), event(LedgerTopics.SHIPMENT_REFUSED),
                event(LedgerTopics.WARNING_CLEARED)));
        bus.publish(List.of(event(LedgerTopics.PAYMENT_RECORDED), event(LedgerTopics.WARNING_RAISED)));
        assertTrue(credit.await());
        assertTrue(all.await());
        assertEquals(List.of(LedgerTopics.WARNING_RAISED, LedgerTopics.WARNING_CLEARED, LedgerTopics.WARNING_RAISED),
                credit.received);
        assertEquals(List.of(LedgerTopics.WARNING_RAISED, LedgerTopics.SHIPMENT_REFUSED, LedgerTopics.WARNING_CLEARED,
                LedgerTopics.PAYMENT_RECORDED, LedgerTopics.WARNING_RAISED), all.received);
    }

    @Test
    void topicsAsStringListArrayOrCollection() throws InterruptedException {
        Recorder string = new Recorder(2);
        Recorder array = new Recorder(2);
        Recorder collection = new Recorder(2);
        bus.bind(string, topics(LedgerTopics.WARNING_RAISED + " , " + LedgerTopics.PAYMENT_RECORDED));
        bus.bind(array, topics(new String[] {LedgerTopics.WARNING_RAISED, LedgerTopics.PAYMENT_RECORDED}));
        bus.bind(collection, topics(List.of(LedgerTopics.WARNING_RAISED, LedgerTopics.PAYMENT_RECORDED)));
        bus.publish(List.of(event(LedgerTopics.WARNING_RAISED), event(LedgerTopics.SHIPMENT_REFUSED),
                event(LedgerTopics.PAYMENT_RECORDED)));
        assertTrue(string.await());
        assertTrue(array.await());
        assertTrue(collection.await());
        List<String> expected = List.of(LedgerTopics.WARNING_RAISED, LedgerTopics.PAYMENT_RECORDED);
        assertEquals(expected, string.received);
        assertEquals(expected, array.received);
        assertEquals(expected, collection.received);
    }

    @Test
    void listenerWithoutTopicsGetsNothing() throws InterruptedException {
        Recorder none = new Recorder(1);
        Recorder nullProps = new Recorder(1);
        bus.bind(none, Map.of());
        bus.bind(nullProps, null);
        bus.publish(List.of(event(LedgerTopics.WARNING_RAISED)));
        drain();
        assertEquals(List.of(), none.received);
        assertEquals(List.of(), nullProps.received);
    }

    @Test
    void throwingListenerDoesNotStopOthers() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        KehuEventListener thrower = e -> {
            if (!e.topic().equals(DRAIN)) {
                calls.incrementAndGet();
            }
            throw new IllegalStateException("boom");
        };
        Recorder other = new Recorder(2);
        bus.bind(thrower, topics("*"));
        bus.bind(other, topics("*"));
        bus.publish(List.of(event(LedgerTopics.WARNING_RAISED), event(LedgerTopics.WARNING_CLEARED)));
        assertTrue(other.await());
        assertEquals(List.of(LedgerTopics.WARNING_RAISED, LedgerTopics.WARNING_CLEARED), other.received);
        drain();
        assertEquals(2, calls.get(), "the throwing listener still gets every event");

        // and the bus keeps working afterwards
        Recorder later = new Recorder(1);
        bus.bind(later, topics("*"));
        bus.publish(List.of(event(LedgerTopics.PAYMENT_RECORDED)));
        assertTrue(later.await());
    }

    @Test
    void unbindStopsDelivery() throws InterruptedException {
        Recorder gone = new Recorder(1);
        Recorder stays = new Recorder(2);
        bus.bind(gone, topics("*"));
        bus.bind(stays, topics("*"));
        bus.publish(List.of(event(LedgerTopics.WARNING_RAISED)));
        assertTrue(gone.await());
        drain();

        bus.unbind(gone, topics("*"));
        bus.publish(List.of(event(LedgerTopics.WARNING_CLEARED)));
        assertTrue(stays.await());
        drain();
        assertEquals(List.of(LedgerTopics.WARNING_RAISED), gone.received);
        assertEquals(List.of(LedgerTopics.WARNING_RAISED, LedgerTopics.WARNING_CLEARED), stays.received);
    }

    @Test
    void rebindReplacesTopics() throws InterruptedException {
        Recorder r = new Recorder(1);
        bus.bind(r, topics(LedgerTopics.WARNING_RAISED));
        bus.bind(r, topics(LedgerTopics.WARNING_CLEARED));
        bus.publish(List.of(event(LedgerTopics.WARNING_RAISED), event(LedgerTopics.WARNING_CLEARED)));
        assertTrue(r.await());
        drain();
        assertEquals(List.of(LedgerTopics.WARNING_CLEARED), r.received);
    }

    @Test
    void nullsEmptyListsAndClosedBusAreIgnored() throws InterruptedException {
        bus.bind(null, topics("*"));
        bus.unbind(null, null);
        bus.publish(List.of());
        Recorder r = new Recorder(1);
        bus.bind(r, topics("*"));
        bus.close();
        bus.publish(List.of(event(LedgerTopics.WARNING_RAISED)));
        assertFalse(r.latch.await(100, TimeUnit.MILLISECONDS));
        assertEquals(List.of(), r.received);
    }
}
