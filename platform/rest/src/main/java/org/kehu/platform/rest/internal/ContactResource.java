package org.kehu.platform.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.platform.api.Contact;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.ContactService;

@Path("customers/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Contact persons of a customer and their anniversaries")
public class ContactResource {

    private final ContactService contacts;

    @Context
    private SecurityContext security;

    public ContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Operation(summary = "Contacts of a customer", description = "The primary contact first")
    @ApiResponse(responseCode = "200", description = "The contacts")
    @ApiResponse(responseCode = "404", description = "No such customer")
    public List<Contact> list(@PathParam("id") long id) {
        return contacts.list(BasicAuthFilter.actor(security), id);
    }

    @POST
    @Operation(summary = "Add a contact")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid input, with the field errors")
    public Response add(@PathParam("id") long id, ContactDraft draft, @Context UriInfo uri) {
        Contact created = contacts.add(BasicAuthFilter.actor(security), id, draft);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{contactId}")
    @Operation(summary = "Read a contact")
    @ApiResponse(responseCode = "200", description = "The contact")
    @ApiResponse(responseCode = "404", description = "No such contact")
    public Contact get(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        return contacts.get(BasicAuthFilter.actor(security), id, contactId);
    }

    @PUT
    @Path("{contactId}")
    @Operation(summary = "Update a contact", description = "Send the version you read")
    @ApiResponse(responseCode = "200", description = "The updated contact")
    @ApiResponse(responseCode = "409", description = "The version is stale")
    public Contact update(@PathParam("id") long id, @PathParam("contactId") long contactId, ContactDraft draft) {
        return contacts.update(BasicAuthFilter.actor(security), id, contactId, draft);
    }

    @DELETE
    @Path("{contactId}")
    @Operation(summary = "Remove a contact")
    @ApiResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        contacts.remove(BasicAuthFilter.actor(security), id, contactId);
        return Response.noContent().build();
    }
}
