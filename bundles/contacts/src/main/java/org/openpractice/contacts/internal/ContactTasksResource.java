package org.openpractice.contacts.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.openpractice.contacts.ContactTask;
import org.openpractice.contacts.ContactTaskService;
import org.openpractice.contacts.TaskInput;
import org.openpractice.contacts.TaskList;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/contacts/{id}/tasks}: every member reads and changes a contact's tasks. */
@Component(service = ContactTasksResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("contacts/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactTasksResource {
    private final ContactTaskService tasks;

    @Activate
    public ContactTasksResource(@Reference ContactTaskService tasks) {
        this.tasks = tasks;
    }

    @GET
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public TaskList list(@PathParam("id") String id) {
        return tasks.tasks(id);
    }

    @POST
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public ContactTask create(@PathParam("id") String id, TaskInput input) {
        return tasks.create(id, input);
    }

    @PUT
    @Path("{taskId}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public ContactTask update(@PathParam("id") String id, @PathParam("taskId") String taskId, TaskInput input) {
        return tasks.update(id, taskId, input);
    }

    @DELETE
    @Path("{taskId}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public void delete(@PathParam("id") String id, @PathParam("taskId") String taskId) {
        tasks.delete(id, taskId);
    }
}
