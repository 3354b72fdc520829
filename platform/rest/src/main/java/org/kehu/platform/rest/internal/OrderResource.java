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
import org.kehu.platform.api.ledger.ContractService;
import org.kehu.platform.api.ledger.Order;
import org.kehu.platform.api.ledger.OrderDraft;
import org.kehu.platform.api.ledger.OrderStatus;

@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Sales orders under contracts; their unshipped value counts towards the credit exposure")
public class OrderResource {

    private final ContractService contracts;

    @Context
    private SecurityContext security;

    public OrderResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @GET
    @Operation(summary = "Orders, newest first", description = "Filters: customerId, contractId, status")
    @ApiResponse(responseCode = "200", description = "One page of orders")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<Order> list(@QueryParam("customerId") String customerId, @QueryParam("contractId") String contractId,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, false);
        Long contract = p.longInteger("contractId", contractId, false);
        OrderStatus s = p.enumeration("status", status, OrderStatus.class);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return contracts.listOrders(BasicAuthFilter.actor(security), customer, contract, s, pg, sz);
    }

    @POST
    @Operation(summary = "Record an order", description = "An order under a contract must name the contract's party "
            + "and an active contract; the number is generated when absent, the order date defaults to today")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "409", description = "The order number exists already, or the contract is not active")
    public Response create(OrderDraft draft, @Context UriInfo uri) {
        Order created = contracts.createOrder(BasicAuthFilter.actor(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an order")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "No such order")
    public Order get(@PathParam("id") long id) {
        return contracts.getOrder(BasicAuthFilter.actor(security), id);
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel an open order", description = "Releases its unshipped value from the exposure")
    @ApiResponse(responseCode = "200", description = "The cancelled order")
    @ApiResponse(responseCode = "404", description = "No such order")
    @ApiResponse(responseCode = "409", description = "The order is no longer open")
    public Order cancel(@PathParam("id") long id) {
        return contracts.cancelOrder(BasicAuthFilter.actor(security), id);
    }
}
