package org.kehu.platform.rest.internal;

import javax.ws.rs.GET;
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

import org.kehu.platform.api.ledger.CustomerFigures;
import org.kehu.platform.api.ledger.ReceivableService;

@Path("customers/{id}/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "A customer's yearly figures derived from the ledger")
public class FiguresResource {

    private final ReceivableService receivables;

    @Context
    private SecurityContext security;

    public FiguresResource(ReceivableService receivables) {
        this.receivables = receivables;
    }

    @GET
    @Operation(summary = "A customer's figures for one year", description = "year (yyyy) is required. Revenue and cost "
            + "of the invoices issued in the year (net of settled rebates), gross profit and margin, the share sold "
            + "without credit, and the receivables with their aging as of the end of the year (today for the current year). "
            + "Margin and share are fractions")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "The year is missing or invalid")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public CustomerFigures figures(@PathParam("id") long id, @QueryParam("year") String year) {
        QueryParams p = new QueryParams();
        int y = p.year("year", year);
        p.throwIfAny();
        return receivables.figures(BasicAuthFilter.actor(security), id, y);
    }
}
