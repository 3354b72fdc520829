package org.kehu.platform.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Page;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.api.workflow.WorkflowService;

@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class TaskResource {

    private final WorkflowService workflows;

    @Context
    private SecurityContext security;

    public TaskResource(WorkflowService workflows) {
        this.workflows = workflows;
    }

    @GET
    @Operation(summary = "What the caller may act on now", description = "Open workflow instances where one of the "
            + "caller's roles (or an escalation to it) may take a transition, the ones due first first; each lists "
            + "the transitions the caller may take")
    @ApiResponse(responseCode = "200", description = "One page of tasks")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<WorkflowInstance> tasks(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return workflows.tasks(BasicAuthFilter.actor(security), pg, sz);
    }
}
