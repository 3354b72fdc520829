package org.kehu.platform.api.spi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grading policies, workflows, reports and shipment checks installed right
 * now, as the platform binds them; the answer changes as plugins come and go.
 */
public interface ExtensionCatalog {

    /** Every installed extension, ordered by kind, industry and id. */
    List<Extension> extensions(Locale locale);

    Optional<GradingPolicy> gradingPolicy(String id);

    Optional<WorkflowDefinition> workflow(String id);

    Optional<ReportProvider> report(String id);
}
