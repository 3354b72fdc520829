package org.kehu.platform.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.grading.GradeAssignment;
import org.kehu.platform.api.grading.GradingService;

@Path("customers/{id}/grades")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grading", description = "Grading runs: a policy applied to every customer for a period, as a background job")
public class CustomerGradeResource {

    private final GradingService grading;

    @Context
    private SecurityContext security;

    public CustomerGradeResource(GradingService grading) {
        this.grading = grading;
    }

    @GET
    @Operation(summary = "The customer's current grade under each policy", description = "The grade of each policy's "
            + "last succeeded run, with its reason and figures")
    @ApiResponse(responseCode = "200", description = "The current grades")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public List<GradeAssignment> current(@PathParam("id") long id) {
        return grading.current(BasicAuthFilter.actor(security), id);
    }

    @GET
    @Path("history")
    @Operation(summary = "Every grade the customer was given, newest first", description = "Filter: policy")
    @ApiResponse(responseCode = "200", description = "The grades of succeeded runs")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public List<GradeAssignment> history(@PathParam("id") long id, @QueryParam("policy") String policy) {
        return grading.history(BasicAuthFilter.actor(security), id, policy);
    }
}
