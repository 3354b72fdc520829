package org.kehu.platform.core.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ContactService;
import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.RelationshipService;

@Service
@Command(scope = "kehu", name = "customer-show", description = "Shows one customer with its contacts, roles, relationships and owners")
public class CustomerShowCommand implements Action {

    @Reference
    private CustomerService customers;

    @Reference
    private ContactService contacts;

    @Reference
    private RelationshipService relationships;

    @Argument(index = 0, name = "number", description = "Customer number, e.g. KH000000017", required = true)
    private String number;

    @Override
    public Object execute() {
        Actor actor = ShellActor.current();
        Customer c = customers.getByNumber(actor, number);
        PrintStream out = System.out;
        out.printf("%s  %s%n", c.number(), c.name());
        line(out, "Type", c.type());
        line(out, "Industry", c.industry());
        line(out, "Region", c.region());
        line(out, "Status", c.status());
        line(out, "Owner", c.owner());
        line(out, "Phone", c.phone());
        line(out, "E-mail", c.email());
        line(out, "Address", c.address());
        if (c.organization() != null) {
            line(out, "Founded", c.organization().foundedOn());
            line(out, "Credit code", c.organization().creditCode());
            line(out, "Employees", c.organization().employees());
        }
        if (c.person() != null) {
            line(out, "Gender", c.person().gender());
            line(out, "Born", c.person().birthDate());
            line(out, "Occupation", c.person().occupation());
        }
        if (c.churnReason() != null) {
            line(out, "Churn reason", c.churnReason());
        }
        c.attributes().forEach((k, v) -> line(out, k, v));
        line(out, "Version", c.version());
        out.println("Roles:");
        relationships.roles(actor, c.id()).forEach(r -> out.println("  " + r.role()));
        out.println("Contacts:");
        contacts.list(actor, c.id()).forEach(k -> out.printf("  %s%s  %s  %s%n", k.name(), k.primary() ? " *" : "",
                k.title() == null ? "" : k.title(), k.phone() == null ? "" : k.phone()));
        out.println("Relationships:");
        relationships.relationships(actor, c.id()).forEach(r -> out.printf("  %s  %s %s -> %s %s%n", r.type(),
                r.fromNumber(), r.fromName(), r.toNumber(), r.toName()));
        out.println("Owner history:");
        customers.ownerHistory(actor, c.id()).forEach(h -> out.printf("  %s  %s -> %s  by %s: %s%n", h.at(),
                h.fromOwner() == null ? "-" : h.fromOwner(), h.toOwner(), h.handedOverBy(), h.reason()));
        return null;
    }

    private static void line(PrintStream out, String label, Object value) {
        if (value != null) {
            out.printf("  %-14s %s%n", label, value);
        }
    }
}
