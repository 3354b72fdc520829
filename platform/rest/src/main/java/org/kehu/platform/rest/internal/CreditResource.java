package org.kehu.platform.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.ledger.CreditChange;
import org.kehu.platform.api.ledger.CreditProfile;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.CreditUpdate;
import org.kehu.platform.api.ledger.TemporaryCreditDraft;

@Path("customers/{id}/credit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credit", description = "A customer's credit: rating, annual and temporary limits, exposure, history")
public class CreditResource {

    private final CreditService credit;

    @Context
    private SecurityContext security;

    public CreditResource(CreditService credit) {
        this.credit = credit;
    }

    @GET
    @Operation(summary = "The customer's credit as of today", description = "Effective limit (annual plus valid temporary "
            + "limits), exposure (open receivables plus unshipped orders), what is available, overdue amount and list")
    @ApiResponse(responseCode = "200", description = "The credit profile")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public CreditProfile profile(@PathParam("id") long id) {
        return credit.profile(BasicAuthFilter.actor(security), id);
    }

    @PUT
    @Operation(summary = "Change rating, annual limit or payment term", description = "Fields left out stay as they are; "
            + "the reason is required; send the profile's version. A limit increase is refused while the customer has "
            + "overdue receivables or is on the grey or black list, and when the total credit cap would be exceeded")
    @ApiResponse(responseCode = "200", description = "The updated credit profile")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such customer")
    @ApiResponse(responseCode = "409", description = "The change is not allowed now, or the version is stale")
    public CreditProfile update(@PathParam("id") long id, CreditUpdate update) {
        return credit.update(BasicAuthFilter.actor(security), id, update);
    }

    @POST
    @Path("temporary")
    @Operation(summary = "Grant temporary credit", description = "Valid from validFrom (default today) to expiresOn "
            + "inclusive; the reason is required; refused on the same grounds as a limit increase")
    @ApiResponse(responseCode = "200", description = "The credit profile with the new temporary credit")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such customer")
    @ApiResponse(responseCode = "409", description = "The grant is not allowed now")
    public CreditProfile grantTemporary(@PathParam("id") long id, TemporaryCreditDraft draft) {
        return credit.grantTemporary(BasicAuthFilter.actor(security), id, draft);
    }

    @GET
    @Path("history")
    @Operation(summary = "The customer's credit history, newest first",
            description = "Rating, limit, temporary credit, payment term and list changes, with reason, user and time")
    @ApiResponse(responseCode = "200", description = "The changes")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public List<CreditChange> history(@PathParam("id") long id) {
        return credit.history(BasicAuthFilter.actor(security), id);
    }
}
