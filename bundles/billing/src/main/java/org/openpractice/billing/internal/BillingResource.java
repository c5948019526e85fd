package org.openpractice.billing.internal;

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

import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.BillingAddressInput;
import org.openpractice.billing.BillingAddressService;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/billing-addresses}: the practice's mailing & billing addresses (account settings roles). */
@Component(service = BillingResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("billing-addresses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {
    private final BillingAddressService addresses;

    @Activate
    public BillingResource(@Reference BillingAddressService addresses) {
        this.addresses = addresses;
    }

    @GET
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public List<BillingAddress> list(@QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived) {
        return addresses.list(includeArchived);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public BillingAddress get(@PathParam("id") String id) {
        return addresses.get(id);
    }

    @POST
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public BillingAddress create(BillingAddressInput input) {
        return addresses.create(input);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public BillingAddress update(@PathParam("id") String id, BillingAddressInput input) {
        return addresses.update(id, input);
    }

    @POST
    @Path("{id}/default")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public BillingAddress makeDefault(@PathParam("id") String id) {
        return addresses.makeDefault(id);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public BillingAddress archive(@PathParam("id") String id) {
        return addresses.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public BillingAddress restore(@PathParam("id") String id) {
        return addresses.restore(id);
    }
}
