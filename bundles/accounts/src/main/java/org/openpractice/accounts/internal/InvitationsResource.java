package org.openpractice.accounts.internal;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.openpractice.accounts.Acceptance;
import org.openpractice.accounts.Invitation;
import org.openpractice.accounts.InvitationPreview;
import org.openpractice.accounts.MemberService;
import org.openpractice.accounts.NewInvitation;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/invitations}: directors invite members; the invitee previews and accepts by the link's token. */
@Component(service = InvitationsResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {
    private final MemberService members;

    @Context
    HttpServletRequest request;

    @Activate
    public InvitationsResource(@Reference MemberService members) {
        this.members = members;
    }

    @GET
    @RolesAllowed("DIRECTOR")
    public List<Invitation> invitations() {
        return members.invitations();
    }

    @POST
    @RolesAllowed("DIRECTOR")
    public Invitation invite(NewInvitation invitation) {
        if (invitation == null) {
            throw ValidationException.of("email", "is required");
        }
        return members.invite(invitation);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("DIRECTOR")
    public void revoke(@PathParam("id") String id) {
        members.revoke(id);
    }

    @GET
    @Path("by-token/{token}")
    @PermitAll
    public InvitationPreview preview(@PathParam("token") String token) {
        return members.preview(token);
    }

    @POST
    @Path("by-token/{token}/accept")
    @PermitAll
    public SessionDto accept(@PathParam("token") String token, Acceptance acceptance) {
        return SessionDto.of(members.accept(token, acceptance, request == null ? null : request.getRemoteAddr()));
    }
}
