package org.kehu.platform.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.spi.AttributeDefinition;
import org.kehu.platform.api.spi.Extension;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.IndustryCatalog;
import org.kehu.platform.api.spi.IndustryModule;

@Path("industries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Industries", description = "The installed industry modules and what plugins add: grading policies, workflows, "
        + "reports and shipment checks")
public class IndustryResource {

    /** One industry with its attribute schema and the extensions registered for it. */
    public record IndustryView(String id, String name, boolean module, List<AttributeDefinition> attributes,
            List<Extension> gradingPolicies, List<Extension> workflows, List<Extension> reports, List<Extension> shipmentChecks) {
    }

    /** The extensions that apply to every industry. */
    public record CommonView(List<Extension> gradingPolicies, List<Extension> workflows, List<Extension> reports,
            List<Extension> shipmentChecks) {
    }

    public record Industries(List<IndustryView> industries, CommonView common) {
    }

    private final IndustryCatalog industries;
    private final ExtensionCatalog extensions;

    @Context
    private HttpHeaders headers;

    public IndustryResource(IndustryCatalog industries, ExtensionCatalog extensions) {
        this.industries = industries;
        this.extensions = extensions;
    }

    @GET
    @Operation(summary = "Installed industries and extensions", description = "Names and labels follow Accept-Language "
            + "(zh-CN or en). The answer changes as plugin features are installed or uninstalled, without a restart.")
    @ApiResponse(responseCode = "200", description = "The industries, each with its attributes, grading policies, workflows, "
            + "reports and shipment checks, and the extensions common to all")
    public Industries list() {
        Locale locale = Languages.of(headers);
        List<Extension> all = extensions.extensions(locale);
        Map<String, IndustryModule> modules = new LinkedHashMap<>();
        industries.modules().forEach(m -> modules.put(m.id(), m));
        TreeSet<String> ids = new TreeSet<>(modules.keySet());
        all.stream().map(Extension::industry).filter(i -> !i.equals("*")).forEach(ids::add);
        List<IndustryView> views = new ArrayList<>();
        for (String id : ids) {
            IndustryModule m = modules.get(id);
            views.add(new IndustryView(id, m == null ? id : m.name(locale), m != null,
                    m == null ? List.of() : m.attributes(), of(all, id, "grading-policy"), of(all, id, "workflow"),
                    of(all, id, "report"), of(all, id, "shipment-check")));
        }
        return new Industries(views, new CommonView(of(all, "*", "grading-policy"), of(all, "*", "workflow"),
                of(all, "*", "report"), of(all, "*", "shipment-check")));
    }

    private static List<Extension> of(List<Extension> all, String industry, String kind) {
        return all.stream().filter(e -> e.industry().equals(industry) && e.kind().equals(kind)).toList();
    }
}
