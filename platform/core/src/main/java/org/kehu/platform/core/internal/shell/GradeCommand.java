package org.kehu.platform.core.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.grading.GradingRun;
import org.kehu.platform.api.grading.GradingRunState;
import org.kehu.platform.api.grading.GradingService;

@Service
@Command(scope = "kehu", name = "grade", description = "Runs a grading policy over the customers for a period and waits for the result")
public class GradeCommand implements Action {

    @Reference
    private GradingService grading;

    @Argument(index = 0, name = "policy", description = "Policy id, e.g. abc, d-class, credit-rating, value-matrix, value-tier",
            required = true)
    private String policy;

    @Argument(index = 1, name = "period", description = "Period, e.g. 2026, 2026-Q3 or 2026-07", required = true)
    private String period;

    @Option(name = "-t", aliases = "--timeout", description = "Seconds to wait for the run (default 120); the run goes on after")
    private int timeout = 120;

    @Override
    public Object execute() throws Exception {
        Actor actor = ShellActor.current();
        GradingRun run = grading.start(actor, policy, period);
        PrintStream out = System.out;
        out.printf("Run %d of %s v%d for %s queued%n", run.id(), run.policyId(), run.policyVersion(), run.period());
        long deadline = System.nanoTime() + Math.max(0, timeout) * 1_000_000_000L;
        String last = null;
        while (!finished(run.state())) {
            if (System.nanoTime() >= deadline) {
                out.printf("Run %d still %s after %d s (%d of %d); see kehu:grade-runs%n", run.id(), run.state(), timeout,
                        run.processed(), run.total());
                return null;
            }
            Thread.sleep(500);
            run = grading.run(actor, run.id());
            String progress = run.state() + " " + run.processed() + "/" + run.total();
            if (!progress.equals(last) && !finished(run.state())) {
                out.printf("  %s%n", progress);
                last = progress;
            }
        }
        out.printf("Run %d %s: %d of %d customers graded%s%n", run.id(), run.state(), run.processed(), run.total(),
                run.error() == null ? "" : " - " + run.error());
        return null;
    }

    static boolean finished(GradingRunState state) {
        return state == GradingRunState.SUCCEEDED || state == GradingRunState.FAILED;
    }
}
