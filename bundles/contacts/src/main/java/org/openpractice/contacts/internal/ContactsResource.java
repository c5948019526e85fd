package org.openpractice.contacts.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.openpractice.contacts.Contact;
import org.openpractice.contacts.ContactInput;
import org.openpractice.contacts.ContactPage;
import org.openpractice.contacts.ContactQuery;
import org.openpractice.contacts.ContactService;
import org.openpractice.contacts.ContactSettings;
import org.openpractice.contacts.ContactType;
import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.validation.Errors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/contacts}: every member reads and edits contacts (shared practice data); settings for the office. */
@Component(service = ContactsResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {
    private final ContactService contacts;

    @Activate
    public ContactsResource(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public ContactPage list(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("includeArchived") String includeArchived) {
        Errors errors = new Errors();
        ContactQuery query = new ContactQuery(q, RestParams.enumValue(errors, "type", type, ContactType.class), sort,
                RestParams.integer(errors, "page", page, 0), RestParams.integer(errors, "size", size, 50),
                RestParams.bool(errors, "includeArchived", includeArchived));
        errors.throwIfAny();
        return contacts.list(query);
    }

    @POST
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Contact create(ContactInput input) {
        return contacts.create(input);
    }

    @GET
    @Path("settings")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public ContactSettings settings() {
        return contacts.settings();
    }

    @PUT
    @Path("settings")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public ContactSettings updateSettings(ContactSettings settings) {
        return contacts.updateSettings(settings);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Contact get(@PathParam("id") String id) {
        return contacts.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Contact update(@PathParam("id") String id, ContactInput input) {
        return contacts.update(id, input);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Contact archive(@PathParam("id") String id) {
        return contacts.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Contact restore(@PathParam("id") String id) {
        return contacts.restore(id);
    }
}
