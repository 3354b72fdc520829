package org.kehu.platform.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.spi.ColumnType;
import org.kehu.platform.api.spi.Extension;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.Labels;
import org.kehu.platform.api.spi.ReportParameter;
import org.kehu.platform.api.spi.ReportProvider;
import org.kehu.platform.api.spi.ReportRequest;
import org.kehu.platform.api.spi.ReportTable;

@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The installed reports (core and plugins), rendered as JSON, CSV or XLSX")
public class ReportResource {

    /** A parameter as listed: name, type, whether required, label in the caller's language. */
    public record ParameterView(String name, ColumnType type, boolean required, String label) {
    }

    /** A report as listed. */
    public record ReportView(String id, String name, String industry, List<ParameterView> parameters) {
    }

    public record Reports(List<ReportView> reports) {
    }

    private final ExtensionCatalog extensions;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    public ReportResource(ExtensionCatalog extensions) {
        this.extensions = extensions;
    }

    @GET
    @Operation(summary = "Installed reports", description = "Names and parameter labels follow Accept-Language (zh-CN or en). "
            + "Plugins add reports at runtime.")
    @ApiResponse(responseCode = "200", description = "The reports with their parameters")
    public Reports list() {
        Locale locale = Languages.of(headers);
        List<ReportView> out = new ArrayList<>();
        for (Extension e : extensions.extensions(locale)) {
            if (!e.kind().equals("report")) {
                continue;
            }
            extensions.report(e.id()).ifPresent(r -> out.add(view(r, e.industry(), locale)));
        }
        out.sort(Comparator.comparing(ReportView::id));
        return new Reports(out);
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, ReportFormats.CSV, ReportFormats.XLSX})
    @Operation(summary = "Run a report", description = "Parameters are query parameters named as the report lists them. "
            + "The format follows Accept: application/json (default), text/csv (UTF-8 with BOM, header in the caller's "
            + "language) or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (XLSX); "
            + "?format=json|csv|xlsx overrides Accept, e.g. for a browser download link.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or invalid, with field errors naming it")
    @ApiResponse(responseCode = "404", description = "No such report")
    public Response run(@PathParam("id") String id, @Context UriInfo uri) {
        ReportProvider report = extensions.report(id).orElseThrow(() -> new NotFoundException("No such report: " + id));
        Map<String, String> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (!k.equals("format") && !v.isEmpty()) {
                params.put(k, v.get(0));
            }
        });
        String format = format(uri.getQueryParameters().getFirst("format"));
        validate(report, params);
        Locale locale = Languages.of(headers);
        ReportTable table = report.run(new ReportRequest(BasicAuthFilter.actor(security), params, locale));
        String name = report.name(locale);
        return switch (format) {
            case "csv" -> Response.ok(ReportFormats.csv(table, locale), ReportFormats.CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"").build();
            case "xlsx" -> Response.ok(ReportFormats.xlsx(name, table, locale), ReportFormats.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + id + ".xlsx\"").build();
            default -> Response.ok(ReportFormats.json(id, name, table, locale), MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private String format(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            String f = explicit.strip().toLowerCase(Locale.ROOT);
            if (!List.of("json", "csv", "xlsx").contains(f)) {
                throw ValidationException.of("format", "must be one of json, csv, xlsx");
            }
            return f;
        }
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType m : accepted) {
            if (m.isWildcardType()) {
                return "json";
            }
            if (m.isCompatible(MediaType.valueOf(ReportFormats.CSV))) {
                return "csv";
            }
            if (m.isCompatible(MediaType.valueOf(ReportFormats.XLSX))) {
                return "xlsx";
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return "json";
            }
        }
        return "json";
    }

    /** Required parameters present, typed ones parseable; every problem is a field error naming the parameter. */
    static void validate(ReportProvider report, Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        for (ReportParameter p : report.parameters()) {
            String v = params.get(p.name());
            if (v == null || v.isBlank()) {
                if (p.required()) {
                    errors.add(new FieldError(p.name(), "is required"));
                }
                continue;
            }
            try {
                switch (p.type()) {
                    case INTEGER -> Long.parseLong(v.strip());
                    case DECIMAL, MONEY, PERCENT -> new java.math.BigDecimal(v.strip());
                    case DATE -> LocalDate.parse(v.strip());
                    default -> {
                    }
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                errors.add(new FieldError(p.name(), p.type() == ColumnType.DATE ? "must be a date (yyyy-MM-dd)"
                        : p.type() == ColumnType.INTEGER ? "must be a whole number" : "must be a number"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static ReportView view(ReportProvider r, String industry, Locale locale) {
        List<ParameterView> params = r.parameters().stream()
                .map(p -> new ParameterView(p.name(), p.type(), p.required(), Labels.pick(p.labels(), locale, p.name())))
                .toList();
        return new ReportView(r.id(), r.name(locale), industry, params);
    }
}
