package org.kehu.platform.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.PlatformHealth;

@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {

    private final PlatformHealth health;

    public HealthResource(PlatformHealth health) {
        this.health = health;
    }

    @GET
    @Operation(summary = "Whether the platform is up", description = "Needs no authentication")
    @ApiResponse(responseCode = "200", description = "UP")
    @ApiResponse(responseCode = "503", description = "DOWN: the database does not answer")
    public Response health() {
        PlatformHealth.Status s = health.status();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("status", s.up() ? "UP" : "DOWN");
        body.put("database", s.database() ? "UP" : "DOWN");
        body.put("demoData", s.demoData());
        body.put("customers", s.customers());
        return Response.status(s.up() ? 200 : 503).entity(body).build();
    }
}
