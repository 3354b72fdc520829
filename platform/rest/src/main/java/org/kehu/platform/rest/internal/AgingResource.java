package org.kehu.platform.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.ledger.AgingReport;
import org.kehu.platform.api.ledger.ReceivableService;

@Path("receivables/aging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receivables", description = "Receivables aging and four-flow consistency")
public class AgingResource {

    private final ReceivableService receivables;

    @Context
    private SecurityContext security;

    public AgingResource(ReceivableService receivables) {
        this.receivables = receivables;
    }

    @GET
    @Operation(summary = "Receivables aging of all customers", description = "asOf (yyyy-MM-dd) defaults to today. Totals "
            + "per bucket (current, 1-30, 31-90, 91-180, 181-365, 365+ days past due) and a page of customers, "
            + "largest overdue first")
    @ApiResponse(responseCode = "200", description = "The aging report")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public AgingReport aging(@QueryParam("asOf") String asOf, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        var date = p.date("asOf", asOf, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return receivables.aging(BasicAuthFilter.actor(security), date, pg, sz);
    }
}
