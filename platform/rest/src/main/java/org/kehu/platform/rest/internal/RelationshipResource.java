package org.kehu.platform.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Relationship;
import org.kehu.platform.api.RelationshipDraft;
import org.kehu.platform.api.RelationshipService;

@Path("customers/{id}/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationships", description = "Typed relationships between parties")
public class RelationshipResource {

    private final RelationshipService relationships;

    @Context
    private SecurityContext security;

    public RelationshipResource(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @GET
    @Operation(summary = "Relationships of a customer, at either end")
    @ApiResponse(responseCode = "200", description = "The relationships")
    public List<Relationship> relationships(@PathParam("id") long id) {
        return relationships.relationships(BasicAuthFilter.actor(security), id);
    }

    @POST
    @Operation(summary = "Relate the customer to another party",
            description = "HOLDING: holding → subsidiary (organizations); EMPLOYMENT: employer → person; FAMILY: persons; PARTNER: any")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input or wrong party types")
    @ApiResponse(responseCode = "409", description = "The relationship exists already")
    public Response relate(@PathParam("id") long id, RelationshipDraft draft) {
        Relationship created = relationships.relate(BasicAuthFilter.actor(security), id, draft);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{relationshipId}")
    @Operation(summary = "End a relationship")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Response unrelate(@PathParam("id") long id, @PathParam("relationshipId") long relationshipId) {
        relationships.unrelate(BasicAuthFilter.actor(security), id, relationshipId);
        return Response.noContent().build();
    }

}
