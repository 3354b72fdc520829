package org.kehu.platform.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.security.AuthenticationFailedException;
import org.kehu.platform.api.security.Authenticator;

/**
 * HTTP Basic authentication of every REST call against the platform's JAAS
 * realm. Only the health check and the OpenAPI document are public.
 */
public class BasicAuthFilter implements ContainerRequestFilter {

    static final Set<String> PUBLIC_PATHS = Set.of("health", "openapi.json", "openapi.yaml");

    private final Authenticator authenticator;

    @Context
    private HttpServletRequest servletRequest;

    public BasicAuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (PUBLIC_PATHS.contains(path)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.abortWith(challenge());
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            request.abortWith(challenge());
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            request.abortWith(challenge());
            return;
        }
        String address = servletRequest == null ? null : servletRequest.getRemoteAddr();
        Actor actor;
        try {
            actor = authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), address);
        } catch (AuthenticationFailedException e) {
            request.abortWith(challenge());
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new ActorSecurityContext(actor, secure));
    }

    static Response challenge() {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                "Authentication required: use HTTP Basic with a user of the Kehu realm"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kehu\", charset=\"UTF-8\"")
                .build();
    }

    /** The security context of an authenticated call; resources read the {@link Actor} from it. */
    record ActorSecurityContext(Actor actor, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return new ActorPrincipal(actor);
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }

    record ActorPrincipal(Actor actor) implements Principal {
        @Override
        public String getName() {
            return actor.user();
        }
    }

    /** The actor of the current call; the filter guarantees there is one on every non-public path. */
    static Actor actor(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        throw new AuthenticationFailedException();
    }
}
