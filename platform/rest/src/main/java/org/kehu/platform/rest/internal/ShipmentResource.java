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
import org.kehu.platform.api.ledger.Shipment;
import org.kehu.platform.api.ledger.ShipmentDecision;
import org.kehu.platform.api.ledger.ShipmentRequest;
import org.kehu.platform.api.ledger.ShipmentService;

@Path("shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shipments", description = "The shipment gate: every request is decided, recorded and kept with its reasons")
public class ShipmentResource {

    private final ShipmentService shipments;

    @Context
    private SecurityContext security;

    public ShipmentResource(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @GET
    @Operation(summary = "Shipment requests, newest first", description = "Filters: customerId, decision (ALLOWED or REFUSED)")
    @ApiResponse(responseCode = "200", description = "One page of shipments")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<Shipment> list(@QueryParam("customerId") String customerId, @QueryParam("decision") String decision,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long customer = p.longInteger("customerId", customerId, false);
        ShipmentDecision d = p.enumeration("decision", decision, ShipmentDecision.class);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return shipments.list(BasicAuthFilter.actor(security), customer, d, pg, sz);
    }

    @POST
    @Operation(summary = "Request a shipment", description = "The gate runs the platform's checks (credit, limit, overdue "
            + "receivables, contract, contracted quantity, black list) and the checks of the customer's industry. "
            + "A refusal is a decision, not an error: the shipment is recorded with decision REFUSED and every reason "
            + "(code and message). A shipment paid in advance needs neither credit nor a contract.")
    @ApiResponse(responseCode = "201", description = "Recorded, with decision ALLOWED or REFUSED")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    public Response request(ShipmentRequest request, @Context UriInfo uri) {
        Shipment decided = shipments.request(BasicAuthFilter.actor(security), request);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(decided.id())).build();
        return Response.created(location).entity(decided).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a shipment with its decision and reasons")
    @ApiResponse(responseCode = "200", description = "The shipment")
    @ApiResponse(responseCode = "404", description = "No such shipment")
    public Shipment get(@PathParam("id") long id) {
        return shipments.get(BasicAuthFilter.actor(security), id);
    }
}
