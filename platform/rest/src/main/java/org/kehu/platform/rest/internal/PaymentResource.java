package org.kehu.platform.rest.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.Payment;
import org.kehu.platform.api.ledger.PaymentDraft;
import org.kehu.platform.api.ledger.ReceivableService;

@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Money received and how it was applied to invoices")
public class PaymentResource {

    private final ReceivableService receivables;

    @Context
    private SecurityContext security;

    public PaymentResource(ReceivableService receivables) {
        this.receivables = receivables;
    }

    @GET
    @Operation(summary = "Payments, newest first", description = "Filter: customerId (the paying party)")
    @ApiResponse(responseCode = "200", description = "One page of payments")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<Payment> list(@QueryParam("customerId") String customerId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return receivables.listPayments(BasicAuthFilter.actor(security), customer, pg, sz);
    }

    @POST
    @Operation(summary = "Record a payment", description = "The number (bank or receipt reference) is required and unique. "
            + "Without allocations the amount is applied to the payer's open invoices, oldest due date first; with "
            + "them, exactly as given; the rest stays on account. Payments of one customer are serialized")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "409", description = "The payment number exists already")
    public Response create(PaymentDraft draft, @Context UriInfo uri) {
        Payment created = receivables.recordPayment(BasicAuthFilter.actor(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a payment with its allocations")
    @ApiResponse(responseCode = "200", description = "The payment")
    @ApiResponse(responseCode = "404", description = "No such payment")
    public Payment get(@PathParam("id") long id) {
        return receivables.getPayment(BasicAuthFilter.actor(security), id);
    }
}
