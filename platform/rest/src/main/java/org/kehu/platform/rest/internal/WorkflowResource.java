package org.kehu.platform.rest.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Money;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.Page;
import org.kehu.platform.api.spi.ExtensionCatalog;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.workflow.TransitionRequest;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.api.workflow.WorkflowQuery;
import org.kehu.platform.api.workflow.WorkflowService;
import org.kehu.platform.api.workflow.WorkflowStart;
import org.kehu.platform.api.workflow.WorkflowStep;

@Path("workflows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows", description = "Workflow definitions and instances: states, transitions by role and amount, "
        + "comments, due dates, escalation and history")
public class WorkflowResource {

    /** What to start: a definition, its subject (a customer id for customer workflows), amount, data and a comment. */
    public record StartRequest(String definition, Long subjectId, Money amount, Map<String, String> data, String comment) {
    }

    /** A comment on an instance. */
    public record CommentRequest(String text) {
    }

    /** A state of a definition as clients see it. */
    public record StateView(String id, Map<String, String> labels, boolean terminal, String escalateTo) {
    }

    /** A transition of a definition as clients see it: who may take it and for which amounts. */
    public record TransitionView(String name, String from, String to, Map<String, String> labels, Set<String> roles,
            BigDecimal amountAbove, BigDecimal amountUpTo, boolean commentRequired) {
    }

    /** A definition: its subject type, initial state, states and transitions. */
    public record DefinitionView(String id, int version, String name, String subjectType, String initialState,
            List<StateView> states, List<TransitionView> transitions) {
    }

    private final WorkflowService workflows;
    private final ExtensionCatalog catalog;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    public WorkflowResource(WorkflowService workflows, ExtensionCatalog catalog) {
        this.workflows = workflows;
        this.catalog = catalog;
    }

    @GET
    @Path("definitions/{id}")
    @Operation(summary = "A workflow definition", description = "States, transitions, the roles that may take each and "
            + "their amount bounds; GET /industries lists the installed definitions")
    @ApiResponse(responseCode = "200", description = "The definition")
    @ApiResponse(responseCode = "404", description = "No such workflow installed")
    public DefinitionView definition(@PathParam("id") String id) {
        WorkflowDefinition d = catalog.workflow(id).orElseThrow(() -> new NotFoundException("No workflow " + id
                + " is installed"));
        return new DefinitionView(d.id(), d.version(), d.name(Languages.of(headers)), d.subjectType(), d.initialState(),
                d.states().stream().map(s -> new StateView(s.id(), s.labels(), s.terminal(), s.escalateTo())).toList(),
                d.transitions().stream().map(t -> new TransitionView(t.name(), t.from(), t.to(), t.labels(), t.roles(),
                        t.amountAbove(), t.amountUpTo(), t.commentRequired())).toList());
    }

    @POST
    @Path("instances")
    @Operation(summary = "Start a workflow", description = "The definition checks the subject and its data (e.g. the "
            + "key account tracking form) and reads amounts from the records it governs; one subject has at most one "
            + "open instance of a definition. Contract approvals start by themselves when a contract is recorded.")
    @ApiResponse(responseCode = "201", description = "Started")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    @ApiResponse(responseCode = "404", description = "No such subject")
    @ApiResponse(responseCode = "409", description = "An open instance exists, or the subject may not enter the workflow now")
    public Response start(StartRequest request, @Context UriInfo uri) {
        WorkflowInstance started = workflows.start(BasicAuthFilter.actor(security), request == null ? null
                : new WorkflowStart(request.definition(), request.subjectId(), request.amount(), request.data(),
                        request.comment()));
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build();
        return Response.created(location).entity(started).build();
    }

    @GET
    @Path("instances")
    @Operation(summary = "Workflow instances, newest first",
            description = "Filters: definition, subjectType, subjectId, customerId, state, open (true or false)")
    @ApiResponse(responseCode = "200", description = "One page of instances")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid")
    public Page<WorkflowInstance> list(@QueryParam("definition") String definition,
            @QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
            @QueryParam("customerId") String customerId, @QueryParam("state") String state,
            @QueryParam("open") String open, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams p = new QueryParams();
        Long subject = p.longInteger("subjectId", subjectId, false);
        Long customer = p.longInteger("customerId", customerId, false);
        Boolean isOpen = open == null || open.isBlank() ? null : p.bool("open", open, false);
        int pg = p.integer("page", page, 0);
        int sz = p.integer("size", size, 0);
        p.throwIfAny();
        return workflows.instances(BasicAuthFilter.actor(security),
                new WorkflowQuery(definition, subjectType, subject, customer, state, isOpen), pg, sz);
    }

    @GET
    @Path("instances/{id}")
    @Operation(summary = "A workflow instance", description = "With the transitions the caller may take now")
    @ApiResponse(responseCode = "200", description = "The instance")
    @ApiResponse(responseCode = "404", description = "No such instance")
    public WorkflowInstance get(@PathParam("id") long id) {
        return workflows.instance(BasicAuthFilter.actor(security), id);
    }

    @GET
    @Path("instances/{id}/history")
    @Operation(summary = "The full history of an instance, oldest first",
            description = "Start, transitions with their comments, comments and escalations: who, when and what")
    @ApiResponse(responseCode = "200", description = "The steps")
    @ApiResponse(responseCode = "404", description = "No such instance")
    public List<WorkflowStep> history(@PathParam("id") long id) {
        return workflows.history(BasicAuthFilter.actor(security), id);
    }

    @POST
    @Path("instances/{id}/transitions/{name}")
    @Operation(summary = "Take a transition", description = "Only a caller holding one of the transition's roles (or "
            + "the role the instance escalated to), for a subject whose amount the transition covers; send the version "
            + "you read to be sure nobody acted meanwhile")
    @ApiResponse(responseCode = "200", description = "The instance in its new state")
    @ApiResponse(responseCode = "400", description = "A required comment is missing")
    @ApiResponse(responseCode = "403", description = "The caller holds none of the roles that may take the transition")
    @ApiResponse(responseCode = "404", description = "No such instance, or no such transition from its state")
    @ApiResponse(responseCode = "409", description = "Stale version, ended instance, amount outside the transition's "
            + "bounds, or refused by the workflow's own rules (the reasons are in the detail)")
    public WorkflowInstance transition(@PathParam("id") long id, @PathParam("name") String name,
            TransitionRequest request) {
        return workflows.transition(BasicAuthFilter.actor(security), id, name, request);
    }

    @POST
    @Path("instances/{id}/comments")
    @Operation(summary = "Comment on an open instance")
    @ApiResponse(responseCode = "201", description = "The history step")
    @ApiResponse(responseCode = "400", description = "The text is missing or too long")
    @ApiResponse(responseCode = "404", description = "No such instance")
    @ApiResponse(responseCode = "409", description = "The instance has ended")
    public Response comment(@PathParam("id") long id, CommentRequest request) {
        WorkflowStep step = workflows.comment(BasicAuthFilter.actor(security), id, request == null ? null : request.text());
        return Response.status(Response.Status.CREATED).entity(step).build();
    }
}
