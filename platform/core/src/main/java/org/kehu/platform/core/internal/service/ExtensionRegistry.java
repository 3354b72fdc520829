package org.kehu.platform.core.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.kehu.platform.api.spi.Extension;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.GradingPolicy;
import org.kehu.platform.api.spi.KehuProperties;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ShipmentCheck;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.core.internal.workflow.WorkflowRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the grading policies, workflows, reports and shipment checks that
 * plugins (and the core) register, bound by Blueprint's reference lists with
 * their service properties.
 */
public class ExtensionRegistry implements ExtensionCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ExtensionRegistry.class);

    /** A bound service with its key properties. */
    record Entry<T>(T service, String id, String industry, Long bundleId) {
    }

    private final Map<Object, Entry<GradingPolicy>> policies = new ConcurrentHashMap<>();
    private final Map<Object, Entry<WorkflowDefinition>> workflows = new ConcurrentHashMap<>();
    private final Map<Object, Entry<ReportProvider>> reports = new ConcurrentHashMap<>();
    private final Map<Object, Entry<ShipmentCheck>> checks = new ConcurrentHashMap<>();

    private static <T> void bind(Map<Object, Entry<T>> map, T service, Map<String, ?> properties, String kind) {
        if (service == null) {
            return;
        }
        Object id = properties == null ? null : properties.get(KehuProperties.ID);
        Object industry = properties == null ? null : properties.get(KehuProperties.INDUSTRY);
        Object bundle = properties == null ? null : properties.get("service.bundleid");
        if (id == null) {
            LOG.warn("A {} without the {} property is ignored: {}", kind, KehuProperties.ID, service);
            return;
        }
        map.put(service, new Entry<>(service, id.toString(), industry == null ? "*" : industry.toString(),
                bundle instanceof Number n ? n.longValue() : null));
    }

    public void bindPolicy(GradingPolicy service, Map<String, ?> properties) {
        bind(policies, service, properties, "grading policy");
    }

    public void unbindPolicy(GradingPolicy service, Map<String, ?> properties) {
        if (service != null) {
            policies.remove(service);
        }
    }

    /** An unsound definition (unknown states, a transition without roles, ...) is refused with the reasons logged. */
    public void bindWorkflow(WorkflowDefinition service, Map<String, ?> properties) {
        if (service == null) {
            return;
        }
        List<String> problems;
        try {
            problems = WorkflowRules.problems(service);
        } catch (RuntimeException e) {
            problems = List.of(e.toString());
        }
        if (!problems.isEmpty()) {
            LOG.error("The workflow {} is unsound and is ignored: {}", properties == null ? service
                    : properties.get(KehuProperties.ID), problems);
            return;
        }
        bind(workflows, service, properties, "workflow");
    }

    public void unbindWorkflow(WorkflowDefinition service, Map<String, ?> properties) {
        if (service != null) {
            workflows.remove(service);
        }
    }

    public void bindReport(ReportProvider service, Map<String, ?> properties) {
        bind(reports, service, properties, "report");
    }

    public void unbindReport(ReportProvider service, Map<String, ?> properties) {
        if (service != null) {
            reports.remove(service);
        }
    }

    public void bindCheck(ShipmentCheck service, Map<String, ?> properties) {
        bind(checks, service, properties, "shipment check");
    }

    public void unbindCheck(ShipmentCheck service, Map<String, ?> properties) {
        if (service != null) {
            checks.remove(service);
        }
    }

    @Override
    public List<Extension> extensions(Locale locale) {
        List<Extension> out = new ArrayList<>();
        add(out, "grading-policy", policies, (p, l) -> safe(() -> p.name(l)), GradingPolicy::version, locale);
        add(out, "workflow", workflows, (w, l) -> safe(() -> w.name(l)), WorkflowDefinition::version, locale);
        add(out, "report", reports, (r, l) -> safe(() -> r.name(l)), null, locale);
        add(out, "shipment-check", checks, (c, l) -> null, null, locale);
        out.sort(Comparator.comparing(Extension::kind).thenComparing(Extension::industry).thenComparing(Extension::id));
        return out;
    }

    private static <T> void add(List<Extension> out, String kind, Map<Object, Entry<T>> map,
            BiFunction<T, Locale, String> name, java.util.function.ToIntFunction<T> version, Locale locale) {
        for (Entry<T> e : map.values()) {
            Integer v = null;
            if (version != null) {
                try {
                    v = version.applyAsInt(e.service());
                } catch (RuntimeException failed) {
                    LOG.warn("{} {} failed to give its version", kind, e.id(), failed);
                }
            }
            String n = name.apply(e.service(), locale);
            out.add(new Extension(kind, e.id(), e.industry(), n == null ? e.id() : n, v, e.bundleId()));
        }
    }

    private static String safe(java.util.function.Supplier<String> name) {
        try {
            return name.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static <T> Optional<T> byId(Map<Object, Entry<T>> map, String id) {
        return map.values().stream().filter(e -> e.id().equals(id)).map(Entry::service).findFirst();
    }

    @Override
    public Optional<GradingPolicy> gradingPolicy(String id) {
        return byId(policies, id);
    }

    /** The ids of the installed workflow definitions. */
    public java.util.Set<String> workflowIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        workflows.values().forEach(e -> ids.add(e.id()));
        return ids;
    }

    @Override
    public Optional<WorkflowDefinition> workflow(String id) {
        return byId(workflows, id);
    }

    @Override
    public Optional<ReportProvider> report(String id) {
        return byId(reports, id);
    }
}
