package org.kehu.platform.api.workflow;

import java.util.List;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.Page;

/**
 * Runs workflow instances. Every change is one transaction: the state, the
 * history step and the definition's own effects commit together or not at all,
 * and the topics of {@link WorkflowTopics} are published after the commit.
 */
public interface WorkflowService {

    /**
     * Starts an instance of a definition for a subject. The definition checks and
     * completes the subject (its customer, amount and data); one subject has at most
     * one open instance of a definition.
     *
     * @throws org.kehu.platform.api.ValidationException unknown definition, missing or invalid subject data
     * @throws org.kehu.platform.api.ConflictException an open instance exists, or the definition refuses the start
     */
    WorkflowInstance start(Actor actor, WorkflowStart start);

    /** An instance with the transitions the caller may take now. */
    WorkflowInstance instance(Actor actor, long id);

    /** Instances, newest first; every filter is optional. */
    Page<WorkflowInstance> instances(Actor actor, WorkflowQuery query, int page, int size);

    /** The full history of an instance, oldest first. */
    List<WorkflowStep> history(Actor actor, long id);

    /**
     * The open instances the caller may act on now, through one of their roles or an escalation to it; the ones
     * due first come first.
     */
    Page<WorkflowInstance> tasks(Actor actor, int page, int size);

    /**
     * Takes a transition from the instance's current state.
     *
     * @throws org.kehu.platform.api.NotFoundException no such instance, or no such transition from the current state
     * @throws org.kehu.platform.api.ForbiddenException the caller holds none of the transition's roles
     * @throws org.kehu.platform.api.ConflictException a stale version, an ended instance, an amount outside the
     *         transition's bounds, or the definition's guard refuses (its reasons are in the message)
     * @throws org.kehu.platform.api.ValidationException a required comment is missing
     */
    WorkflowInstance transition(Actor actor, long id, String transition, TransitionRequest request);

    /** Adds a comment to an instance's history; anyone who may see the instance may comment while it is open. */
    WorkflowStep comment(Actor actor, long id, String text);

    /** Escalates the open instances past their due time; returns how many were escalated. */
    int escalateOverdue();
}
