package org.kehu.platform.rest.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.Relationship;
import org.kehu.platform.api.RelationshipDraft;
import org.kehu.platform.api.RelationshipService;
import org.kehu.platform.api.RoleAssignment;

@Path("customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relationships and roles", description = "Typed relationships between parties and the roles a party plays")
public class RelationshipResource {

    private final RelationshipService relationships;

    @Context
    private SecurityContext security;

    public RelationshipResource(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @GET
    @Path("relationships")
    @Operation(summary = "Relationships of a customer, at either end")
    @ApiResponse(responseCode = "200", description = "The relationships")
    public List<Relationship> relationships(@PathParam("id") long id) {
        return relationships.relationships(BasicAuthFilter.actor(security), id);
    }

    @POST
    @Path("relationships")
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
    @Path("relationships/{relationshipId}")
    @Operation(summary = "End a relationship")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Response unrelate(@PathParam("id") long id, @PathParam("relationshipId") long relationshipId) {
        relationships.unrelate(BasicAuthFilter.actor(security), id, relationshipId);
        return Response.noContent().build();
    }

    @GET
    @Path("roles")
    @Operation(summary = "Roles the party plays")
    @ApiResponse(responseCode = "200", description = "The roles")
    public List<RoleAssignment> roles(@PathParam("id") long id) {
        return relationships.roles(BasicAuthFilter.actor(security), id);
    }

    @PUT
    @Path("roles")
    @Operation(summary = "Replace the roles of the party", description = "Body: a list such as [\"BUYER\", \"PAYER\"]")
    @ApiResponse(responseCode = "200", description = "The roles now held")
    public List<RoleAssignment> setRoles(@PathParam("id") long id, List<PartyRole> roles) {
        Set<PartyRole> set = roles == null || roles.contains(null) ? null
                : roles.isEmpty() ? EnumSet.noneOf(PartyRole.class) : EnumSet.copyOf(roles);
        return relationships.setRoles(BasicAuthFilter.actor(security), id, set);
    }

    @PUT
    @Path("roles/{role}")
    @Operation(summary = "Add one role")
    @ApiResponse(responseCode = "200", description = "The roles now held")
    public List<RoleAssignment> assignRole(@PathParam("id") long id, @PathParam("role") String role) {
        return relationships.assignRole(BasicAuthFilter.actor(security), id, role(role));
    }

    @DELETE
    @Path("roles/{role}")
    @Operation(summary = "Remove one role")
    @ApiResponse(responseCode = "200", description = "The roles now held")
    public List<RoleAssignment> removeRole(@PathParam("id") long id, @PathParam("role") String role) {
        return relationships.removeRole(BasicAuthFilter.actor(security), id, role(role));
    }

    private static PartyRole role(String value) {
        QueryParams p = new QueryParams();
        PartyRole role = p.enumeration("role", value, PartyRole.class);
        p.throwIfAny();
        return role;
    }
}
