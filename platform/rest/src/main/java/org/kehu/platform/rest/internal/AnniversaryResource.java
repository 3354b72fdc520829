package org.kehu.platform.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.ContactService;
import org.kehu.platform.api.UpcomingAnniversary;

@Path("anniversaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Anniversaries", description = "Birthdays and founding days that call for a care action")
public class AnniversaryResource {

    private final ContactService contacts;

    @Context
    private SecurityContext security;

    public AnniversaryResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Operation(summary = "Anniversaries falling between two dates",
            description = "from and to are inclusive (yyyy-MM-dd), at most 366 days apart; ordered by the day they fall on")
    @ApiResponse(responseCode = "200", description = "The anniversaries")
    @ApiResponse(responseCode = "400", description = "Missing or invalid dates")
    public List<UpcomingAnniversary> between(@QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParams p = new QueryParams();
        var f = p.date("from", from, true);
        var t = p.date("to", to, true);
        p.throwIfAny();
        return contacts.anniversaries(BasicAuthFilter.actor(security), f, t);
    }
}
