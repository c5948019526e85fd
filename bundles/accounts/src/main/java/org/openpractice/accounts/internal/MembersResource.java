package org.openpractice.accounts.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.openpractice.accounts.Member;
import org.openpractice.accounts.MemberChange;
import org.openpractice.accounts.MemberService;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/members}: members of the active account, their roles and permissions; for directors. */
@Component(service = MembersResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {
    private final MemberService members;

    @Activate
    public MembersResource(@Reference MemberService members) {
        this.members = members;
    }

    @GET
    @RolesAllowed("DIRECTOR")
    public List<Member> list() {
        return members.members();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("DIRECTOR")
    public Member get(@PathParam("id") String id) {
        return members.member(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("DIRECTOR")
    public Member change(@PathParam("id") String id, MemberChange change) {
        if (change == null) {
            throw ValidationException.of("role", "send the fields to change");
        }
        return members.change(id, change);
    }
}
