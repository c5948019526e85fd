package org.openpractice.scheduling.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.openpractice.platform.rest.RestApi;
import org.openpractice.scheduling.AppointmentType;
import org.openpractice.scheduling.AppointmentTypeInput;
import org.openpractice.scheduling.AppointmentTypeService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/appointment-types}: the account's catalogue (its parent's, for a child account). */
@Component(service = AppointmentTypesResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("appointment-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentTypesResource {
    private final AppointmentTypeService types;

    @Activate
    public AppointmentTypesResource(@Reference AppointmentTypeService types) {
        this.types = types;
    }

    @GET
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public List<AppointmentType> list() {
        return types.list();
    }

    @POST
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public AppointmentType create(AppointmentTypeInput input) {
        return types.create(input);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public AppointmentType update(@PathParam("id") String id, AppointmentTypeInput input) {
        return types.update(id, input);
    }
}
