package org.kehu.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ledger.Contract;
import org.kehu.platform.api.ledger.ContractService;
import org.kehu.platform.api.ledger.ContractStatus;
import org.kehu.platform.api.ledger.ContractStatusChange;
import org.kehu.platform.api.workflow.TransitionOption;
import org.kehu.platform.api.workflow.TransitionRequest;
import org.kehu.platform.api.workflow.WorkflowInstance;
import org.kehu.platform.api.workflow.WorkflowQuery;
import org.kehu.platform.api.workflow.WorkflowService;

/** Takes contracts through their approval as the demo reviewers and deciders would, then activates them. */
final class Approvals {

    /** The demo users who review and decide, in the order an approval meets them (passwords equal the names). */
    static final List<String> APPROVERS = List.of("safety1", "audit1", "risk1", "gm", "office", "group1");
    private static final Map<String, String> ROLES = Map.of("safety1", "production-safety", "audit1", "finance-audit", "risk1", "risk",
            "gm", "general-manager", "office", "gm-office", "group1", "group");
    private static final Set<String> FORWARD = Set.of("pass", "approve", "refer-group");

    private Approvals() {
    }

    /** Over REST: approves a recorded contract and makes it ACTIVE; returns the active contract. */
    static JsonNode activate(Http http, long contractId) {
        Http.Reply found = http.get("/workflows/instances?definition=contract-approval&subjectType=contract&subjectId="
                + contractId + "&open=true", "admin");
        assertEquals(found.toString(), 1, found.json().get("total").asInt());
        long instance = found.json().get("items").get(0).get("id").asLong();
        for (int step = 0; step < 8; step++) {
            String mover = null;
            String transition = null;
            for (String user : APPROVERS) {
                JsonNode i = http.get("/workflows/instances/" + instance, user).json();
                if (!i.get("open").asBoolean()) {
                    return activateContract(http, contractId);
                }
                for (JsonNode option : i.get("transitions")) {
                    if (FORWARD.contains(option.get("name").asText())) {
                        mover = user;
                        transition = option.get("name").asText();
                        break;
                    }
                }
                if (mover != null) {
                    break;
                }
            }
            assertTrue("nobody can move approval " + instance, mover != null);
            Http.Reply moved = http.post("/workflows/instances/" + instance + "/transitions/" + transition, mover,
                    Http.json(Map.of("comment", "同意")));
            assertEquals(moved.toString(), 200, moved.status());
        }
        throw new AssertionError("approval " + instance + " did not end");
    }

    private static JsonNode activateContract(Http http, long contractId) {
        JsonNode contract = http.get("/contracts/" + contractId, "admin").json();
        assertEquals(contract.toString(), "DRAFT", contract.get("status").asText());
        Http.Reply active = http.put("/contracts/" + contractId + "/status", "admin", Http.json(Map.of("status", "ACTIVE",
                "reason", "签订生效", "version", contract.get("version").asLong())));
        assertEquals(active.toString(), 200, active.status());
        assertEquals(active.toString(), "ACTIVE", active.json().get("status").asText());
        return active.json();
    }

    /** Inside the runtime: the same through the services. */
    static Contract activate(ContractService contracts, WorkflowService workflows, long contractId) {
        long instance = workflows.instances(Actor.SYSTEM, new WorkflowQuery("contract-approval", "contract", contractId,
                null, null, true), 0, 1).items().get(0).id();
        for (int step = 0; step < 8 && workflows.instance(Actor.SYSTEM, instance).open(); step++) {
            boolean moved = false;
            for (String user : APPROVERS) {
                Actor approver = new Actor(user, Set.of(ROLES.get(user)), null);
                WorkflowInstance i = workflows.instance(approver, instance);
                for (TransitionOption option : i.transitions()) {
                    if (!moved && FORWARD.contains(option.name())) {
                        workflows.transition(approver, instance, option.name(), new TransitionRequest("同意", null));
                        moved = true;
                    }
                }
            }
            assertTrue("nobody can move approval " + instance, moved);
        }
        return contracts.changeStatus(Actor.SYSTEM, contractId, new ContractStatusChange(ContractStatus.ACTIVE, "签订生效",
                contracts.getContract(Actor.SYSTEM, contractId).version()));
    }
}
