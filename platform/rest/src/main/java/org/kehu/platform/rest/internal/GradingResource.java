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
import org.kehu.platform.api.grading.GradingRun;
import org.kehu.platform.api.grading.GradingService;

@Path("grading/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grading", description = "Grading runs: a policy applied to every customer for a period, as a background job")
public class GradingResource {

    /** What to grade: a policy id (see GET /industries) and a period such as 2026, 2026-Q3 or 2026-07. */
    public record RunRequest(String policy, String period) {
    }

    private final GradingService grading;

    @Context
    private SecurityContext security;

    public GradingResource(GradingService grading) {
        this.grading = grading;
    }

    @POST
    @Operation(summary = "Start a grading run", description = "Queues the run and answers at once; follow its state and "
            + "progress (processed of total) at the Location. A failed run leaves the previous grades in force.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "400", description = "Unknown policy or invalid period, with the field errors")
    public Response start(RunRequest request, @Context UriInfo uri) {
        GradingRun run = grading.start(BasicAuthFilter.actor(security), request == null ? null : request.policy(),
                request == null ? null : request.period());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build();
        return Response.accepted(run).location(location).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A grading run with its state and progress")
    @ApiResponse(responseCode = "200", description = "The run")
    @ApiResponse(responseCode = "404", description = "No such run")
    public GradingRun get(@PathParam("id") long id) {
        return grading.run(BasicAuthFilter.actor(security), id);
    }

    @GET
    @Operation(summary = "Grading runs, newest first", description = "Filter: policy")
    @ApiResponse(responseCode = "200", description = "One page of runs")
    public Page<GradingRun> list(@QueryParam("policy") String policy, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return grading.runs(BasicAuthFilter.actor(security), policy, pg, sz);
    }
}
