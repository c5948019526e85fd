package org.openpractice.locations.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.openpractice.locations.Location;
import org.openpractice.locations.LocationInput;
import org.openpractice.locations.LocationService;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/locations}: reading is open to every member (appointments need it); changes to settings roles. */
@Component(service = LocationsResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationsResource {
    private final LocationService locations;

    @Activate
    public LocationsResource(@Reference LocationService locations) {
        this.locations = locations;
    }

    @GET
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public List<Location> list(@QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived) {
        return locations.list(includeArchived);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Location get(@PathParam("id") String id) {
        return locations.get(id);
    }

    @POST
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public Location create(LocationInput input) {
        return locations.create(input);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public Location update(@PathParam("id") String id, LocationInput input) {
        return locations.update(id, input);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public Location archive(@PathParam("id") String id) {
        return locations.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public Location restore(@PathParam("id") String id) {
        return locations.restore(id);
    }
}
