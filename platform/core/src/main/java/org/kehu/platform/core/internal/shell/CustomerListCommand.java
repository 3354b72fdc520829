package org.kehu.platform.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerQuery;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.Page;

@Service
@Command(scope = "kehu", name = "customer-list", description = "Lists customers, optionally filtered")
public class CustomerListCommand implements Action {

    @Reference
    private CustomerService customers;

    @Option(name = "-q", aliases = "--query", description = "Start of the name or customer number")
    private String query;

    @Option(name = "--industry", description = "Industry code, e.g. cement")
    private String industry;

    @Option(name = "--region", description = "Region")
    private String region;

    @Option(name = "--status", description = "Lifecycle status, e.g. ACTIVE")
    private LifecycleStatus status;

    @Option(name = "--owner", description = "Account manager")
    private String owner;

    @Option(name = "--grade", multiValued = true, description = "Current grade as <policy>:<grade>, e.g. abc:A; repeatable")
    private List<String> grades;

    @Option(name = "-n", aliases = "--size", description = "How many to show (at most 500)")
    private int size = 50;

    @Option(name = "-p", aliases = "--page", description = "Page, counting from 0")
    private int page;

    @Override
    public Object execute() {
        Page<Customer> result = customers.search(ShellActor.current(),
                new CustomerQuery(query, null, industry, region, status, owner, page, size, null, grades));
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Name");
        table.column("Type");
        table.column("Industry");
        table.column("Region");
        table.column("Status");
        table.column("Owner");
        for (Customer c : result.items()) {
            table.addRow().addContent(c.number(), c.name(), c.type(), c.industry(), c.region(), c.status(), c.owner());
        }
        table.print(System.out);
        System.out.println(result.items().size() + " of " + result.total() + " customers (page " + result.page() + ")");
        return null;
    }
}
