package org.kehu.platform.rest.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
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

import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.RelationshipService;
import org.kehu.platform.api.RoleAssignment;

@Path("customers/{id}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "The roles a party plays: buyer, payer, ship-to, dealer, debtor, supplier")
public class RoleResource {

    private final RelationshipService relationships;

    @Context
    private SecurityContext security;

    public RoleResource(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @GET
    @Operation(summary = "Roles the party plays")
    @ApiResponse(responseCode = "200", description = "The roles")
    public List<RoleAssignment> roles(@PathParam("id") long id) {
        return relationships.roles(BasicAuthFilter.actor(security), id);
    }

    @PUT
    @Operation(summary = "Replace the roles of the party", description = "Body: a list such as [\"BUYER\", \"PAYER\"]")
    @ApiResponse(responseCode = "200", description = "The roles now held")
    public List<RoleAssignment> setRoles(@PathParam("id") long id, List<PartyRole> roles) {
        Set<PartyRole> set = roles == null || roles.contains(null) ? null
                : roles.isEmpty() ? EnumSet.noneOf(PartyRole.class) : EnumSet.copyOf(roles);
        return relationships.setRoles(BasicAuthFilter.actor(security), id, set);
    }

    @PUT
    @Path("{role}")
    @Operation(summary = "Add one role")
    @ApiResponse(responseCode = "200", description = "The roles now held")
    public List<RoleAssignment> assignRole(@PathParam("id") long id, @PathParam("role") String role) {
        return relationships.assignRole(BasicAuthFilter.actor(security), id, role(role));
    }

    @DELETE
    @Path("{role}")
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
