package org.openpractice.profiles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import org.openpractice.platform.DomainException;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.profiles.NotificationSettings;
import org.openpractice.profiles.NotificationSettingsService;
import org.openpractice.profiles.PhotoCrop;
import org.openpractice.profiles.Profile;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.ProfilePhoto;
import org.openpractice.profiles.ProfilePhotoService;
import org.openpractice.profiles.ProfileService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/profiles}: My Details, profile photos and notification settings. Every member may call it; the services
 * let a member work on their own details and directors on anyone's (403 otherwise, 404 for other accounts' members).
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
    private final ProfilePhotoService photos;

    @Activate
    public ProfilesResource(@Reference ProfileService profiles, @Reference NotificationSettingsService notifications,
            @Reference ProfilePhotoService photos) {
        this.profiles = profiles;
        this.notifications = notifications;
        this.photos = photos;
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

    @GET
    @Path("me/photo")
    @Produces("image/png")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Response myPhoto(@Context Request request) {
        return photo(RequestContext.require().memberId(), request);
    }

    @PUT
    @Path("me/photo")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public StoredPhoto setMyPhoto(InputStream body, @QueryParam("x") String x, @QueryParam("y") String y,
            @QueryParam("size") String size) {
        return setPhoto(RequestContext.require().memberId(), body, x, y, size);
    }

    @DELETE
    @Path("me/photo")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public void removeMyPhoto() {
        photos.removePhoto(RequestContext.require().memberId());
    }

    /** The stored 256×256 PNG, with an ETag: the browser asks again each time and gets 304 while it is unchanged. */
    @GET
    @Path("{memberId}/photo")
    @Produces("image/png")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public Response photo(@PathParam("memberId") String memberId, @Context Request request) {
        ProfilePhoto photo = photos.photo(memberId).orElseThrow(() -> DomainException.notFound("Photo"));
        EntityTag tag = new EntityTag(photo.etag());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request == null ? null : request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged
                : Response.ok(photo.png(), "image/png").lastModified(Date.from(photo.updatedAt()));
        return answer.tag(tag).cacheControl(cache).build();
    }

    /**
     * Sets the photo from the raw image in the body (JPEG, PNG or WebP; the type is read from the content, whatever
     * Content-Type says). {@code x}, {@code y} and {@code size} choose the square to keep, in the image's pixels;
     * without them the largest centred square is kept.
     */
    @PUT
    @Path("{memberId}/photo")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public StoredPhoto setPhoto(@PathParam("memberId") String memberId, InputStream body, @QueryParam("x") String x,
            @QueryParam("y") String y, @QueryParam("size") String size) {
        PhotoCrop crop = crop(x, y, size);
        ProfilePhoto photo = photos.setPhoto(memberId, limited(body), crop);
        return new StoredPhoto(photo.memberId(), photo.etag(), photo.updatedAt(), ProfilePhotoService.SIZE);
    }

    @DELETE
    @Path("{memberId}/photo")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public void removePhoto(@PathParam("memberId") String memberId) {
        photos.removePhoto(memberId);
    }

    /** The body, read up to one byte past the limit so a larger upload is refused without being held whole. */
    private static byte[] limited(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] data = body.readNBytes(ProfilePhotoService.MAX_BYTES + 1);
            if (data.length > ProfilePhotoService.MAX_BYTES) {
                throw ValidationException.of(PhotoImages.FIELD, "is larger than 5 MB: upload a smaller image");
            }
            return data;
        } catch (IOException e) {
            throw ValidationException.of(PhotoImages.FIELD, "was not received completely; send it again");
        }
    }

    private static PhotoCrop crop(String x, String y, String size) {
        if (x == null && y == null && size == null) {
            return null;
        }
        if (x == null || y == null || size == null) {
            throw ValidationException.of("crop", "needs x, y and size together, or none of them");
        }
        try {
            return new PhotoCrop(Integer.parseInt(x.strip()), Integer.parseInt(y.strip()),
                    Integer.parseInt(size.strip()));
        } catch (NumberFormatException e) {
            throw ValidationException.of("crop", "x, y and size must be whole numbers of pixels");
        }
    }
}
