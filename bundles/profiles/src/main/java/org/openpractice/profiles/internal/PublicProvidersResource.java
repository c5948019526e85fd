package org.openpractice.profiles.internal;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.openpractice.platform.rest.RestApi;
import org.openpractice.profiles.ProfileService;
import org.openpractice.profiles.PublicProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/public/accounts/{accountId}/providers}: the providers clients choose from when booking online. */
@Component(service = PublicProvidersResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("public/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class PublicProvidersResource {
    private final ProfileService profiles;

    @Activate
    public PublicProvidersResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("{accountId}/providers")
    @PermitAll
    public List<PublicProvider> providers(@PathParam("accountId") String accountId) {
        return profiles.publicProviders(accountId);
    }
}
