package org.kehu.platform.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Page;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.ledger.Rebate;
import org.kehu.platform.api.ledger.RebateRun;
import org.kehu.platform.api.ledger.RebateService;

@Path("rebates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rebates", description = "Progressive tiered dealer rebates per period, settled as invoice discounts")
public class RebateResource {

    /** Asks for the rebates of a period: {@code 2026}, {@code 2026-Q3} or {@code 2026-07}. */
    public record RunRequest(String period) {
    }

    /** The open invoice of the same dealer that takes the rebate as a discount. */
    public record SettlementRequest(Long invoiceId) {
    }

    private final RebateService rebates;

    @Context
    private SecurityContext security;

    public RebateResource(RebateService rebates) {
        this.rebates = rebates;
    }

    @GET
    @Operation(summary = "Rebates", description = "Filters: period, customerId")
    @ApiResponse(responseCode = "200", description = "One page of rebates")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<Rebate> list(@QueryParam("period") String period, @QueryParam("customerId") String customerId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        String per = period == null || period.isBlank() ? null : period.strip();
        return rebates.list(BasicAuthFilter.actor(security), per, customer, pg, sz);
    }

    @POST
    @Path("runs")
    @Operation(summary = "Compute the rebates of a period", description = "For every dealer meeting the base conditions; "
            + "replaces the period's earlier rebates that are not settled yet. Body: {\"period\":\"2026-Q3\"}")
    @ApiResponse(responseCode = "200", description = "The rebates granted and the dealers left out, with the reason")
    @ApiResponse(responseCode = "400", description = "The period is missing or invalid")
    public RebateRun run(RunRequest request) {
        if (request == null || request.period() == null || request.period().isBlank()) {
            throw ValidationException.of("period", "is required (yyyy, yyyy-Qn or yyyy-MM)");
        }
        return rebates.calculate(BasicAuthFilter.actor(security), request.period().strip());
    }

    @POST
    @Path("{id}/settlement")
    @Operation(summary = "Settle a rebate as a discount on an invoice",
            description = "The invoice must be an open invoice of the same dealer. Body: {\"invoiceId\":123}")
    @ApiResponse(responseCode = "200", description = "The settled rebate")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such rebate or invoice")
    @ApiResponse(responseCode = "409", description = "The rebate is settled already")
    public Rebate settle(@PathParam("id") long id, SettlementRequest request) {
        if (request == null || request.invoiceId() == null) {
            throw ValidationException.of("invoiceId", "is required");
        }
        return rebates.settle(BasicAuthFilter.actor(security), id, request.invoiceId());
    }
}
