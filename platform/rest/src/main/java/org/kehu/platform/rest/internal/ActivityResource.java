package org.kehu.platform.rest.internal;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Activity;
import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.ActivityService;
import org.kehu.platform.api.ActivityType;
import org.kehu.platform.api.Page;

@Path("customers/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Visits, calls, service records, complaints and suggestions")
public class ActivityResource {

    private final ActivityService activities;

    @Context
    private SecurityContext security;

    public ActivityResource(ActivityService activities) {
        this.activities = activities;
    }

    @GET
    @Operation(summary = "Activities of a customer, newest first", description = "Filters: type, from and to (yyyy-MM-dd, inclusive)")
    @ApiResponse(responseCode = "200", description = "One page of activities")
    public Page<Activity> list(@PathParam("id") long id, @QueryParam("type") String type, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        ActivityType t = p.enumeration("type", type, ActivityType.class);
        var f = p.date("from", from, false);
        var u = p.date("to", to, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return activities.list(BasicAuthFilter.actor(security), id, t, f, u, pg, sz);
    }

    @POST
    @Operation(summary = "Record an activity")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    public Response add(@PathParam("id") long id, ActivityDraft draft) {
        Activity created = activities.add(BasicAuthFilter.actor(security), id, draft);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
