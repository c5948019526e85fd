package org.openpractice.profiles.internal;

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
import org.openpractice.profiles.NotificationSettings;
import org.openpractice.profiles.NotificationSettingsService;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.ProfileService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/profiles}: My Details and notification settings. Every member may call it; the service lets a member
 * work on their own details and directors on anyone's (403 otherwise, 404 for other accounts' members).
 */
@Component(service = ProfilesResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfilesResource {
    private final ProfileService profiles;
    private final NotificationSettingsService notifications;

    @Activate
    public ProfilesResource(@Reference ProfileService profiles, @Reference NotificationSettingsService notifications) {
        this.profiles = profiles;
        this.notifications = notifications;
    }

    @GET
    @Path("me")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Profile mine() {
        return profiles.mine();
    }

    @PUT
    @Path("me")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Profile updateMine(ProfileInput input) {
        return profiles.updateMine(input);
    }

    @GET
    @Path("me/notifications")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public NotificationSettings myNotifications() {
        return notifications.mine();
    }

    @PUT
    @Path("me/notifications")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public NotificationSettings updateMyNotifications(NotificationSettings settings) {
        return notifications.updateMine(settings);
    }

    @GET
    @Path("{memberId}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Profile get(@PathParam("memberId") String memberId) {
        return profiles.get(memberId);
    }

    @PUT
    @Path("{memberId}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Profile update(@PathParam("memberId") String memberId, ProfileInput input) {
        return profiles.update(memberId, input);
    }

    /** POST, not GET: a reveal is an audited act, never cached or prefetched. */
    @POST
    @Path("{memberId}/tax-id/reveal")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public RevealedTaxId revealTaxId(@PathParam("memberId") String memberId) {
        return new RevealedTaxId(profiles.revealTaxId(memberId));
    }

    @GET
    @Path("{memberId}/notifications")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public NotificationSettings notifications(@PathParam("memberId") String memberId) {
        return notifications.get(memberId);
    }

    @PUT
    @Path("{memberId}/notifications")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public NotificationSettings updateNotifications(@PathParam("memberId") String memberId,
            NotificationSettings settings) {
        return notifications.update(memberId, settings);
    }
}
