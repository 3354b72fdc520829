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
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.CreditWarning;
import org.kehu.platform.api.ledger.WarningKind;

@Path("credit/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit", description = "A customer's credit: rating, annual and temporary limits, exposure, history")
public class CreditWarningResource {

    private final CreditService credit;

    @Context
    private SecurityContext security;

    public CreditWarningResource(CreditService credit) {
        this.credit = credit;
    }

    @GET
    @Operation(summary = "Early warnings as of today", description = "Filters: kind (EXPOSURE_NEAR_LIMIT, "
            + "EXPOSURE_OVER_LIMIT, OVERDUE, TEMPORARY_CREDIT_EXPIRING, CONTRACT_BREACH), customerId")
    @ApiResponse(responseCode = "200", description = "One page of warnings")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<CreditWarning> warnings(@QueryParam("kind") String kind, @QueryParam("customerId") String customerId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        WarningKind k = p.enumeration("kind", kind, WarningKind.class);
        Long customer = p.longInteger("customerId", customerId, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return credit.warnings(BasicAuthFilter.actor(security), k, customer, pg, sz);
    }
}
