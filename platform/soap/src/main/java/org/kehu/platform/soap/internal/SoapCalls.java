package org.kehu.platform.soap.internal;

import java.util.function.Supplier;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.kehu.platform.api.Actor;
import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.ForbiddenException;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.PlatformException;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.security.AuthenticationFailedException;

/** What every endpoint does around a call: the authenticated actor, and the platform's refusals as faults. */
final class SoapCalls {

    private SoapCalls() {
    }

    /** The actor {@link BasicAuthInterceptor} authenticated for the current call. */
    static Actor actor() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Actor actor = message == null ? null : message.getExchange().get(Actor.class);
        if (actor == null) {
            throw new AuthenticationFailedException();
        }
        return actor;
    }

    static <T> T call(Supplier<T> work) throws KehuFault {
        try {
            return work.get();
        } catch (PlatformException e) {
            throw fault(e);
        }
    }

    static KehuFault fault(PlatformException e) {
        Types.ProblemData problem = new Types.ProblemData();
        problem.detail = e.getMessage();
        if (e instanceof ValidationException v) {
            problem.status = 400;
            problem.title = "Invalid input";
            v.getErrors().forEach(error -> {
                Types.FieldErrorData data = new Types.FieldErrorData();
                data.field = error.field();
                data.message = error.message();
                problem.errors.add(data);
            });
        } else if (e instanceof NotFoundException) {
            problem.status = 404;
            problem.title = "Not Found";
        } else if (e instanceof ConflictException) {
            problem.status = 409;
            problem.title = "Conflict";
        } else if (e instanceof ForbiddenException) {
            problem.status = 403;
            problem.title = "Forbidden";
        } else {
            problem.status = 400;
            problem.title = "Bad Request";
        }
        return new KehuFault(e.getMessage(), problem);
    }
}
