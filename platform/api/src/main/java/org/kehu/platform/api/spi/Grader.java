package org.kehu.platform.api.spi;

/**
 * One run of a {@link GradingPolicy} over the population. The engine streams every
 * customer through {@link #accept} exactly once, then calls {@link #finish} once.
 * A policy that grades each customer on its own assigns in {@code accept}; one
 * that ranks the population (e.g. ABC) keeps compact primitives of each subject
 * and assigns in {@code finish}. A grader is used by one thread.
 */
public interface Grader {

    void accept(GradingSubject subject, GradeSink sink);

    void finish(GradeSink sink);
}
