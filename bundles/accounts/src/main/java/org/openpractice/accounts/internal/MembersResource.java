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
import org.openpractice.accounts.Permissions;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.security.Role;
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
    public Member change(@PathParam("id") String id, Change change) {
        if (change == null) {
            throw ValidationException.of("role", "send the fields to change");
        }
        Permissions permissions = null;
        if (change.permissions() != null) {
            Member current = members.member(id);
            String role = change.role() == null ? current.role() : change.role();
            Role newRole = Members.parseRole(role);
            Permissions base = newRole != null && !newRole.name().equals(current.role())
                    ? Permissions.defaults(newRole) : current.permissions();
            permissions = change.permissions().over(base);
        }
        return members.change(id, new MemberChange(change.role(), permissions, change.active(),
                change.displayName()));
    }

    /** The body of a change: any field left out (or null) stays as it is, each permission switch too. */
    public record Change(String role, Switches permissions, Boolean active, String displayName) {
    }

    /** Permission switches, each optional. */
    public record Switches(Boolean accessBilling, Boolean showOnCalendar, Boolean onlyAssignedClients,
            Boolean editOwnAvailability, Boolean editDocumentTemplates) {
        Permissions over(Permissions base) {
            return new Permissions(or(accessBilling, base.accessBilling()), or(showOnCalendar, base.showOnCalendar()),
                    or(onlyAssignedClients, base.onlyAssignedClients()),
                    or(editOwnAvailability, base.editOwnAvailability()),
                    or(editDocumentTemplates, base.editDocumentTemplates()));
        }

        private static boolean or(Boolean value, boolean fallback) {
            return value == null ? fallback : value;
        }
    }
}
