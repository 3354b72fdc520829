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

import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.FourFlowMismatch;
import org.kehu.platform.api.ledger.ReceivableService;

@Path("ledger/mismatches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receivables", description = "Receivables aging and four-flow consistency")
public class MismatchResource {

    private final ReceivableService receivables;

    @Context
    private SecurityContext security;

    public MismatchResource(ReceivableService receivables) {
        this.receivables = receivables;
    }

    @GET
    @Operation(summary = "Four-flow mismatches", description = "Orders, shipments, invoices and payments whose party "
            + "differs from their contract's party (for a payment: the contract of the invoice it was applied to). "
            + "Filter: customerId")
    @ApiResponse(responseCode = "200", description = "One page of mismatches")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<FourFlowMismatch> mismatches(@QueryParam("customerId") String customerId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return receivables.mismatches(BasicAuthFilter.actor(security), customer, pg, sz);
    }
}
