package org.kehu.platform.api.grading;

/** Where a grading run is: waiting, running, done, or failed (the previous grades stay in force). */
public enum GradingRunState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
