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
import org.kehu.platform.api.ledger.Invoice;
import org.kehu.platform.api.ledger.InvoiceDraft;
import org.kehu.platform.api.ledger.ReceivableService;

@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "Sales invoices: the receivables, with their cost, payments and rebate discounts")
public class InvoiceResource {

    private final ReceivableService receivables;

    @Context
    private SecurityContext security;

    public InvoiceResource(ReceivableService receivables) {
        this.receivables = receivables;
    }

    @GET
    @Operation(summary = "Invoices, newest first", description = "Filters: customerId; open=true keeps the invoices not fully paid")
    @ApiResponse(responseCode = "200", description = "One page of invoices")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<Invoice> list(@QueryParam("customerId") String customerId, @QueryParam("open") String open,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, false);
        boolean openOnly = p.bool("open", open, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return receivables.listInvoices(BasicAuthFilter.actor(security), customer, openOnly, pg, sz);
    }

    @POST
    @Operation(summary = "Record an invoice", description = "The invoice number is required and unique; the due date "
            + "defaults to the issue date plus the contract's payment term (or the customer's credit term). Amounts are "
            + "in the ledger currency (CNY by default), not negative, with at most two decimals")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "409", description = "The invoice number exists already")
    public Response create(InvoiceDraft draft, @Context UriInfo uri) {
        Invoice created = receivables.recordInvoice(BasicAuthFilter.actor(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an invoice with its paid and open amounts")
    @ApiResponse(responseCode = "200", description = "The invoice")
    @ApiResponse(responseCode = "404", description = "No such invoice")
    public Invoice get(@PathParam("id") long id) {
        return receivables.getInvoice(BasicAuthFilter.actor(security), id);
    }
}
