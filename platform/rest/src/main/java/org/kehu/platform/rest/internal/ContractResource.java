package org.kehu.platform.rest.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Page;
import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.ContractBreach;
import org.kehu.platform.api.ledger.ContractDraft;
import org.kehu.platform.api.ledger.ContractService;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.ContractStatusChange;

@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Sales contracts: amount, contracted quantity, payment terms, approval level, breaches")
public class ContractResource {

    private final ContractService contracts;

    @Context
    private SecurityContext security;

    public ContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @GET
    @Operation(summary = "Contracts, newest first", description = "Filters: customerId, status")
    @ApiResponse(responseCode = "200", description = "One page of contracts")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<Contract> list(@QueryParam("customerId") String customerId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, false);
        ContractStatus s = p.enumeration("status", status, ContractStatus.class);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return contracts.listContracts(BasicAuthFilter.actor(security), customer, s, pg, sz);
    }

    @POST
    @Operation(summary = "Record a contract", description = "The contract starts as a DRAFT and its approval "
            + "(workflow contract-approval, see GET /workflows/instances?subjectType=contract&subjectId=) starts with it; "
            + "the approval level follows from the amount; a black-listed customer gets no new contract")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "409", description = "The contract number exists already, or the customer is black-listed")
    public Response create(ContractDraft draft, @Context UriInfo uri) {
        Contract created = contracts.createContract(BasicAuthFilter.actor(security), draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a contract")
    @ApiResponse(responseCode = "200", description = "The contract")
    @ApiResponse(responseCode = "404", description = "No such contract")
    public Contract get(@PathParam("id") long id) {
        return contracts.getContract(BasicAuthFilter.actor(security), id);
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Move a contract to another status",
            description = "DRAFT → ACTIVE (once approved) → COMPLETED | TERMINATED, or DRAFT → CANCELLED; "
                    + "send the version you read")
    @ApiResponse(responseCode = "200", description = "The contract in its new status")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such contract")
    @ApiResponse(responseCode = "409", description = "The transition is not allowed, the contract is not approved, "
            + "or the version is stale")
    public Contract changeStatus(@PathParam("id") long id, ContractStatusChange change) {
        return contracts.changeStatus(BasicAuthFilter.actor(security), id, change);
    }

    @POST
    @Path("{id}/breaches")
    @Operation(summary = "Record a breach of contract by the customer",
            description = "The date defaults to today; the breach stays on the record and shows as an early warning")
    @ApiResponse(responseCode = "200", description = "The contract with its breach")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such contract")
    public Contract recordBreach(@PathParam("id") long id, ContractBreach breach) {
        return contracts.recordBreach(BasicAuthFilter.actor(security), id, breach);
    }
}
