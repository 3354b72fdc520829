package org.kehu.platform.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.grading.GradingRun;
import org.kehu.platform.api.grading.GradingService;

@Service
@Command(scope = "kehu", name = "grade-runs", description = "Lists recent grading runs, newest first")
public class GradeRunsCommand implements Action {

    @Reference
    private GradingService grading;

    @Option(name = "--policy", description = "Only the runs of this policy")
    private String policy;

    @Option(name = "-n", aliases = "--size", description = "How many to show")
    private int size = 20;

    @Option(name = "-p", aliases = "--page", description = "Page, counting from 0")
    private int page;

    @Override
    public Object execute() {
        Page<GradingRun> result = grading.runs(ShellActor.current(), policy, page, size);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Policy");
        table.column("Version");
        table.column("Period");
        table.column("State");
        table.column("Processed");
        table.column("Total");
        table.column("Requested by");
        table.column("Requested at");
        table.column("Finished at");
        table.column("Error");
        for (GradingRun r : result.items()) {
            table.addRow().addContent(r.id(), r.policyId(), r.policyVersion(), r.period(), r.state(), r.processed(), r.total(),
                    r.requestedBy(), r.requestedAt(), r.finishedAt() == null ? "" : r.finishedAt(),
                    r.error() == null ? "" : r.error());
        }
        table.print(System.out);
        System.out.println(result.items().size() + " of " + result.total() + " runs (page " + result.page() + ")");
        return null;
    }
}
