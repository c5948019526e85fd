package org.openpractice.accounts.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.openpractice.accounts.AccountSettingsService;
import org.openpractice.accounts.GeneralSettings;
import org.openpractice.accounts.LegalStatus;
import org.openpractice.accounts.SecuritySettings;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/settings}: the active account's general, security and legal settings. */
@Component(service = SettingsResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {
    /** What the signer adds to the signature. */
    public record SignRequest(String signerTitle) {
    }

    private final AccountSettingsService settings;

    @Activate
    public SettingsResource(@Reference AccountSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Path("general")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public GeneralSettings general() {
        return settings.general();
    }

    @PUT
    @Path("general")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public GeneralSettings updateGeneral(GeneralSettings body) {
        if (body == null) {
            throw ValidationException.of("practiceName", "is required");
        }
        return settings.updateGeneral(body);
    }

    @GET
    @Path("security")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public SecuritySettings security() {
        return settings.security();
    }

    @PUT
    @Path("security")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public SecuritySettings updateSecurity(SecurityChange body) {
        if (body == null || body.requireTwoFactor() == null) {
            throw ValidationException.of("requireTwoFactor", "is required: true or false");
        }
        return settings.updateSecurity(new SecuritySettings(body.requireTwoFactor()));
    }

    /** The body of a security change; nothing is assumed for a field left out. */
    public record SecurityChange(Boolean requireTwoFactor) {
    }

    @GET
    @Path("legal")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public LegalStatus legal() {
        return settings.legal();
    }

    @POST
    @Path("legal/sign")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE"})
    public LegalStatus sign(SignRequest body) {
        return settings.signAgreement(body == null ? null : body.signerTitle());
    }
}
