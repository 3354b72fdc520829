package org.kehu.platform.api.spi;

/**
 * Receives platform events (whiteboard pattern).
 * <p>
 * Contract: register as an OSGi service with the property
 * {@link #TOPICS} (a string or string array; a trailing {@code *} matches a
 * topic prefix, e.g. {@code org/kehu/credit/*}). Events are delivered after
 * the change that caused them is committed, in order, on a platform thread;
 * {@link #onEvent} must return quickly and may throw (the platform logs it and
 * goes on).
 */
public interface KehuEventListener {

    /** Service property naming the topics a listener wants. */
    String TOPICS = "kehu.event.topics";

    void onEvent(KehuEvent event);
}
