package org.openpractice.accounts.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.openpractice.accounts.AccountSummary;
import org.openpractice.accounts.NewAccount;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The accounts of the signed-in login: list, read one, create one. */
@Component(service = AccountsResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {
    private final Accounts accounts;

    @Activate
    public AccountsResource(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public List<AccountSummary> mine() {
        return accounts.myAccounts();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public AccountSummary one(@PathParam("id") String id) {
        return accounts.myAccount(id);
    }

    @POST
    @RolesAllowed({"DIRECTOR"})
    public AccountSummary create(NewAccount body) {
        if (body == null) {
            throw ValidationException.of("name", "is required");
        }
        return accounts.createAccount(body);
    }
}
