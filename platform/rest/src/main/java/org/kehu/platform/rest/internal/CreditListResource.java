package org.kehu.platform.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.CreditListType;
import org.kehu.platform.api.ledger.CreditService;
import org.kehu.platform.api.ledger.ListDecision;
import org.kehu.platform.api.ledger.ListEntry;

@Path("lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customer lists", description = "White (qualified), grey (restricted) and black (prohibited) lists")
public class CreditListResource {

    private final CreditService credit;

    @Context
    private SecurityContext security;

    public CreditListResource(CreditService credit) {
        this.credit = credit;
    }

    @GET
    @Operation(summary = "Current list entries, newest first", description = "Filter: list (WHITE, GREY or BLACK)")
    @ApiResponse(responseCode = "200", description = "One page of list entries")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<ListEntry> entries(@QueryParam("list") String list, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        CreditListType type = p.enumeration("list", list, CreditListType.class);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return credit.listEntries(BasicAuthFilter.actor(security), type, pg, sz);
    }

    @POST
    @Operation(summary = "Put a customer on a list", description = "Replaces the customer's current place; the reason is "
            + "required, since defaults to today. Grey: no credit increase and no new temporary credit; black: no new "
            + "credit business, no new contract and no shipment unless paid in advance")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public Response decide(ListDecision decision) {
        ListEntry created = credit.putOnList(BasicAuthFilter.actor(security), decision);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("history")
    @Operation(summary = "A customer's list history, newest first", description = "customerId is required")
    @ApiResponse(responseCode = "200", description = "The list entries")
    @ApiResponse(responseCode = "400", description = "customerId is missing or invalid")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public List<ListEntry> history(@QueryParam("customerId") String customerId) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, true);
        p.throwIfAny();
        return credit.listHistory(BasicAuthFilter.actor(security), customer);
    }
}
