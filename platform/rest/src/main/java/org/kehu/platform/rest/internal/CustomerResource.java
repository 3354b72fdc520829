package org.kehu.platform.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Customer;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.CustomerQuery;
import org.kehu.platform.api.CustomerService;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.OwnerHandover;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.StatusChange;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.WinBackRequest;

@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Customer master data, search, ownership and lifecycle")
public class CustomerResource {

    private final CustomerService customers;

    @Context
    private SecurityContext security;

    public CustomerResource(CustomerService customers) {
        this.customers = customers;
    }

    @GET
    @Operation(summary = "Search customers", description = "q matches the start of the name or customer number; "
            + "sort is number, name, createdAt, updatedAt, status, industry, region or owner, '-' for descending; "
            + "grade=<policy>:<grade> (e.g. abc:A) filters by current grade, repeated: any of one policy's grades, all policies")
    @ApiResponse(responseCode = "200", description = "One page of customers")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<Customer> search(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("industry") String industry, @QueryParam("region") String region,
            @QueryParam("status") String status, @QueryParam("owner") String owner,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
            @QueryParam("grade") List<String> grade) {
        QueryParams p = new QueryParams();
        CustomerQuery query = new CustomerQuery(q, p.enumeration("type", type, PartyType.class), industry, region,
                p.enumeration("status", status, LifecycleStatus.class), owner, p.integer("page", page, 0),
                p.integer("size", size, 0), sort, grade);
        p.throwIfAny();
        return customers.search(BasicAuthFilter.actor(security), query);
    }

    @POST
    @Operation(summary = "Create a customer", description = "The platform generates the customer number")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "409", description = "Another customer has the same credit code")
    public Response create(CustomerDraft draft, @Context UriInfo uri) {
        Customer created = customers.create(BasicAuthFilter.actor(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a customer")
    @ApiResponse(responseCode = "200", description = "The customer")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public Customer get(@PathParam("id") long id) {
        return customers.get(BasicAuthFilter.actor(security), id);
    }

    @GET
    @Path("by-number/{number}")
    @Operation(summary = "Read a customer by its customer number")
    @ApiResponse(responseCode = "200", description = "The customer")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public Customer byNumber(@PathParam("number") String number) {
        return customers.getByNumber(BasicAuthFilter.actor(security), number);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a customer", description = "Send the version you read; owner and status change through their own operations")
    @ApiResponse(responseCode = "200", description = "The updated customer")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such customer")
    @ApiResponse(responseCode = "409", description = "The version is stale")
    public Customer update(@PathParam("id") long id, CustomerDraft draft) {
        return customers.update(BasicAuthFilter.actor(security), id, draft);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a customer", description = "Soft delete: the record is kept for the audit but no longer found")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public Response delete(@PathParam("id") long id) {
        customers.delete(BasicAuthFilter.actor(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move a customer to another lifecycle status",
            description = "prospect → new → active → dormant → frozen → churned / eliminated, with reactivation")
    @ApiResponse(responseCode = "200", description = "The customer in its new status")
    @ApiResponse(responseCode = "409", description = "The transition is not allowed, or the version is stale")
    public Customer changeStatus(@PathParam("id") long id, StatusChangeRequest request) {
        return customers.changeStatus(BasicAuthFilter.actor(security), id, request);
    }

    @GET
    @Path("{id}/status-history")
    @Operation(summary = "Lifecycle history of a customer")
    @ApiResponse(responseCode = "200", description = "The transitions, oldest first")
    public List<StatusChange> statusHistory(@PathParam("id") long id) {
        return customers.statusHistory(BasicAuthFilter.actor(security), id);
    }

    @PUT
    @Path("{id}/win-back")
    @Operation(summary = "Record the win-back decision of a churned customer")
    @ApiResponse(responseCode = "200", description = "The customer with its decision")
    @ApiResponse(responseCode = "409", description = "The customer is not churned")
    public Customer winBack(@PathParam("id") long id, WinBackRequest request) {
        return customers.decideWinBack(BasicAuthFilter.actor(security), id, request);
    }

    @POST
    @Path("{id}/owner")
    @Operation(summary = "Hand a customer over to another account manager", description = "The hand-over is kept in the owner history")
    @ApiResponse(responseCode = "200", description = "The customer with its new owner")
    public Customer handOver(@PathParam("id") long id, HandoverRequest request) {
        return customers.handOver(BasicAuthFilter.actor(security), id, request);
    }

    @GET
    @Path("{id}/owner-history")
    @Operation(summary = "Owners of a customer over time")
    @ApiResponse(responseCode = "200", description = "The hand-overs, oldest first")
    public List<OwnerHandover> ownerHistory(@Parameter(description = "Customer id") @PathParam("id") long id) {
        return customers.ownerHistory(BasicAuthFilter.actor(security), id);
    }
}
