package org.openpractice.accounts.internal;

import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.openpractice.accounts.FirstRun;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** First run: while no account exists, anyone may create the first account and its director — once. */
@Component(service = SetupResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("setup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SetupResource {
    /** Whether the first-run page is waiting. */
    public record SetupState(boolean firstRunPending) {
    }

    private final Accounts accounts;

    @Context
    HttpServletRequest request;

    @Activate
    public SetupResource(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @PermitAll
    public SetupState state() {
        return new SetupState(accounts.firstRunPending());
    }

    @POST
    @PermitAll
    public SessionDto setUp(FirstRun body) {
        if (body == null) {
            throw ValidationException.of("practiceName", "is required");
        }
        return SessionDto.of(accounts.completeFirstRun(body, request == null ? null : request.getRemoteAddr()));
    }
}
