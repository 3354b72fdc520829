package org.kehu.platform.rest.internal;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kehu.platform.api.FieldError;

/** An RFC 7807 problem document, the one error format of the REST API. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA)
                .entity(new Problem("about:blank", title, status, detail, errors == null || errors.isEmpty() ? null : errors))
                .build();
    }

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }
}
