package org.kehu.platform.soap.internal;

import static org.kehu.platform.soap.internal.SoapCalls.actor;
import static org.kehu.platform.soap.internal.SoapCalls.call;

import java.util.List;

import javax.jws.WebService;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.workflow.TransitionRequest;
import org.kehu.platform.api.workflow.WorkflowService;

/** The WorkflowService SOAP endpoint: tasks, instances and their history, transitions, through the same service as REST. */
@WebService(serviceName = "WorkflowService", portName = "WorkflowServicePort",
        endpointInterface = "org.kehu.platform.soap.internal.WorkflowSoapService", targetNamespace = WorkflowSoapService.NS)
public class WorkflowSoapEndpoint implements WorkflowSoapService {

    private final WorkflowService workflows;

    public WorkflowSoapEndpoint(WorkflowService workflows) {
        this.workflows = workflows;
    }

    @Override
    public WorkflowTypes.InstancePage listTasks(Integer page, Integer size) throws KehuFault {
        return call(() -> WorkflowMapping.toPage(workflows.tasks(actor(), page == null ? 0 : page, size == null ? 0 : size)));
    }

    @Override
    public WorkflowTypes.InstanceData getWorkflowInstance(long id) throws KehuFault {
        return call(() -> {
            Actor actor = actor();
            return WorkflowMapping.toData(workflows.instance(actor, id), workflows.history(actor, id));
        });
    }

    @Override
    public WorkflowTypes.InstanceData takeTransition(long instanceId, String transition, String comment, Long version)
            throws KehuFault {
        return call(() -> WorkflowMapping.toData(workflows.transition(actor(), instanceId, transition,
                new TransitionRequest(comment, version))));
    }

    @Override
    public WorkflowTypes.StepData addComment(long instanceId, String text) throws KehuFault {
        return call(() -> WorkflowMapping.toData(workflows.comment(actor(), instanceId, text)));
    }

    @Override
    public WorkflowTypes.InstanceData startWorkflow(String definition, Long subjectId, Types.MoneyData amount,
            List<WorkflowTypes.DataEntryData> data, String comment) throws KehuFault {
        return call(() -> WorkflowMapping.toData(workflows.start(actor(),
                WorkflowMapping.toStart(definition, subjectId, amount, data, comment))));
    }
}
