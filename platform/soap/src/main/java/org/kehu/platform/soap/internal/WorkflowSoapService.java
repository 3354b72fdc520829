package org.kehu.platform.soap.internal;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/**
 * Workflow tasks for integrations: the caller's task list, an instance with its
 * history, taking a transition (acting on a task), commenting, and starting an
 * instance of an installed workflow definition. Who may take a transition
 * follows the caller's roles; a refusal is a fault with status 403.
 */
@WebService(name = "WorkflowService", targetNamespace = WorkflowSoapService.NS)
public interface WorkflowSoapService {

    String NS = CustomerSoapService.NS;

    /**
     * The open instances the caller may act on now, through one of their roles or an escalation to it, those due
     * soonest first. {@code page} counts from 0; {@code size} defaults to the configured page size.
     */
    @WebMethod
    @WebResult(name = "tasks")
    WorkflowTypes.InstancePage listTasks(@WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size)
            throws KehuFault;

    /** An instance with the transitions the caller may take now and its full history, oldest first. */
    @WebMethod
    @WebResult(name = "instance")
    WorkflowTypes.InstanceData getWorkflowInstance(@WebParam(name = "id") long id) throws KehuFault;

    /**
     * Takes a transition from the instance's current state and returns the instance after it. With {@code version}
     * (the instance version the caller saw) a change in between is a conflict. An unknown transition is a fault with
     * status 404, one reserved to other roles 403, a missing required comment 400 naming {@code comment}.
     */
    @WebMethod
    @WebResult(name = "instance")
    WorkflowTypes.InstanceData takeTransition(@WebParam(name = "instanceId") long instanceId,
            @WebParam(name = "transition") String transition, @WebParam(name = "comment") String comment,
            @WebParam(name = "version") Long version) throws KehuFault;

    /** Adds a comment to an open instance's history; anyone who may see the instance may comment. */
    @WebMethod
    @WebResult(name = "step")
    WorkflowTypes.StepData addComment(@WebParam(name = "instanceId") long instanceId,
            @WebParam(name = "text") String text) throws KehuFault;

    /**
     * Starts an instance of a definition for a subject (for a definition whose subject is a customer, the customer's
     * id), with the amount and {@code data} entries the definition asks for. Missing or invalid ones are a fault
     * with a field error each, e.g. {@code data.needs}.
     */
    @WebMethod
    @WebResult(name = "instance")
    WorkflowTypes.InstanceData startWorkflow(@WebParam(name = "definition") String definition,
            @WebParam(name = "subjectId") Long subjectId, @WebParam(name = "amount") Types.MoneyData amount,
            @WebParam(name = "data") List<WorkflowTypes.DataEntryData> data,
            @WebParam(name = "comment") String comment) throws KehuFault;
}
