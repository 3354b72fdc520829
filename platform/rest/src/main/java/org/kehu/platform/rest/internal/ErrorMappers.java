package org.kehu.platform.rest.internal;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.kehu.platform.api.ConflictException;
import org.kehu.platform.api.ForbiddenException;
import org.kehu.platform.api.FieldError;
import org.kehu.platform.api.NotFoundException;
import org.kehu.platform.api.PlatformException;
import org.kehu.platform.api.ValidationException;
import org.kehu.platform.api.security.AuthenticationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to {@code application/problem+json}: 4xx for the caller's mistakes, 500 only for ours. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    public static class PlatformMapper implements ExceptionMapper<PlatformException> {
        @Override
        public Response toResponse(PlatformException e) {
            if (e instanceof ValidationException v) {
                return Problem.response(400, "Invalid input", e.getMessage(), v.getErrors());
            }
            if (e instanceof NotFoundException) {
                return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
            }
            if (e instanceof ConflictException) {
                return Problem.response(Response.Status.CONFLICT, e.getMessage());
            }
            if (e instanceof ForbiddenException) {
                return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
            }
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    public static class AuthenticationMapper implements ExceptionMapper<AuthenticationFailedException> {
        @Override
        public Response toResponse(AuthenticationFailedException e) {
            return BasicAuthFilter.challenge();
        }
    }

    /** Malformed JSON, wrong types, unknown fields and unknown enum values. */
    public static class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String field = path(m.getPath());
                String message;
                if (e instanceof UnrecognizedPropertyException) {
                    message = "is not a known field";
                } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                    message = "must be one of " + List.of(f.getTargetType().getEnumConstants());
                } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                    message = "must be " + describe(mi.getTargetType());
                } else {
                    message = "has an invalid value";
                }
                return Problem.response(400, "Invalid input", "The request body does not match the expected form",
                        List.of(new FieldError(field, message)));
            }
            return Problem.response(400, "Malformed JSON", "The request body is not valid JSON: "
                    + e.getOriginalMessage(), null);
        }

        private static String path(List<JsonMappingException.Reference> refs) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference ref : refs) {
                if (ref.getFieldName() != null) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            return sb.length() == 0 ? "body" : sb.toString();
        }

        private static String describe(Class<?> type) {
            if (type.isEnum()) {
                return "one of " + List.of(type.getEnumConstants());
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
                return "a number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (type.getName().startsWith("java.time.")) {
                return "an ISO-8601 " + (type.getSimpleName().equals("LocalDate") ? "date (yyyy-MM-dd)" : "date-time");
            }
            if (type == String.class) {
                return "text";
            }
            if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
                return "an object";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "a list";
            }
            return "a " + type.getSimpleName();
        }
    }

    /** Errors JAX-RS raises itself (unknown path, wrong method, unsupported media type, ...) keep their status. */
    public static class WebMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original == null ? 500 : original.getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = status == 404 ? "No such resource" : status >= 500 ? "The server could not complete the request" : title;
            Response.ResponseBuilder builder = Response.fromResponse(Problem.response(status, title, detail, null));
            if (original != null && original.getHeaderString("Allow") != null) {
                builder.header("Allow", original.getHeaderString("Allow"));
            }
            return builder.build();
        }
    }

    /** Anything else is our fault: logged with its cause, answered without internals. */
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {

        private static final Logger LOG = LoggerFactory.getLogger(UnexpectedMapper.class);

        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof PlatformException p) {
                    return new PlatformMapper().toResponse(p);
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            if (e.getClass().getSimpleName().equals("EofException")) {
                // the client went away before the answer was written
                LOG.debug("Client closed the connection", e);
            } else {
                LOG.error("Unexpected failure of a REST call", e);
            }
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "The server could not complete the request; the failure was logged");
        }
    }
}
