package org.openpractice.billing.internal;

import java.util.Arrays;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.openpractice.billing.ClientAddress;
import org.openpractice.billing.Cms1500Boxes;
import org.openpractice.billing.Cms1500Request;
import org.openpractice.billing.Cms1500Service;
import org.openpractice.billing.PostalAddress;
import org.openpractice.billing.ReferringProvider;
import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.validation.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/claims/cms1500/preview}: the provider boxes a claim would print, for members who bill. */
@Component(service = Cms1500Resource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("claims/cms1500")
@Produces(MediaType.APPLICATION_JSON)
public class Cms1500Resource {
    private final Cms1500Service cms1500;

    @Activate
    public Cms1500Resource(@Reference Cms1500Service cms1500) {
        this.cms1500 = cms1500;
    }

    @GET
    @Path("preview")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Cms1500Boxes preview(@QueryParam("renderingMemberId") String renderingMemberId,
            @QueryParam("locationId") String locationId, @QueryParam("billingAddressId") String billingAddressId,
            @QueryParam("referringQualifier") String referringQualifier,
            @QueryParam("referringName") String referringName,
            @QueryParam("referringCredentials") String referringCredentials,
            @QueryParam("referringNpi") String referringNpi, @QueryParam("referringOtherId") String referringOtherId,
            @QueryParam("referringOtherIdQualifier") String referringOtherIdQualifier,
            @QueryParam("clientName") String clientName, @QueryParam("clientStreet") String clientStreet,
            @QueryParam("clientStreet2") String clientStreet2, @QueryParam("clientCity") String clientCity,
            @QueryParam("clientState") String clientState, @QueryParam("clientPostalCode") String clientPostalCode) {
        ReferringProvider referring = anyGiven(referringQualifier, referringName, referringCredentials, referringNpi,
                referringOtherId, referringOtherIdQualifier)
                ? new ReferringProvider(referringQualifier, referringName, referringCredentials, referringNpi,
                        referringOtherId, referringOtherIdQualifier)
                : null;
        PostalAddress clientAddress = anyGiven(clientStreet, clientStreet2, clientCity, clientState, clientPostalCode)
                ? new PostalAddress(clientStreet, clientStreet2, clientCity, clientState, clientPostalCode)
                : null;
        ClientAddress client = clientAddress != null || anyGiven(clientName)
                ? new ClientAddress(clientName, clientAddress)
                : null;
        return cms1500.providerBoxes(new Cms1500Request(renderingMemberId, locationId, billingAddressId, referring,
                client));
    }

    /** Any part given makes the whole group count, so a lone NPI or city is checked, never dropped. */
    private static boolean anyGiven(String... values) {
        return Arrays.stream(values).anyMatch(v -> Text.trimToNull(v) != null);
    }
}
