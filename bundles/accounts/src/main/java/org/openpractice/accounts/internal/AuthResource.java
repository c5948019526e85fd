package org.openpractice.accounts.internal;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.SessionResolver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Sign-in for API clients and browsers: a bearer token, or the same token in the session cookie. */
@Component(service = AuthResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    /** Credentials; {@code accountId} optionally picks the account to open. */
    public record LoginRequest(String email, String password, String accountId) {
    }

    /** The account to make active. */
    public record SwitchRequest(String accountId) {
    }

    private final Accounts accounts;

    @Context
    HttpServletRequest request;

    @Activate
    public AuthResource(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("login")
    @PermitAll
    public SessionDto login(LoginRequest body) {
        if (body == null) {
            throw ValidationException.of("email", "is required");
        }
        return SessionDto.of(accounts.signIn(body.email(), body.password(), body.accountId(), clientAddress()));
    }

    @POST
    @Path("logout")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public void logout(@Context HttpHeaders headers) {
        accounts.signOut(token(headers));
    }

    @GET
    @Path("me")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public SessionDto.MemberDto me() {
        return SessionDto.MemberDto.of(RequestContext.require());
    }

    @POST
    @Path("switch")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public SessionDto switchAccount(SwitchRequest body, @Context HttpHeaders headers) {
        if (body == null || body.accountId() == null) {
            throw ValidationException.of("accountId", "is required");
        }
        SessionDto switched = SessionDto.of(accounts.switchAccount(token(headers), body.accountId()));
        return new SessionDto(null, switched.member());
    }

    private String clientAddress() {
        return request == null ? null : request.getRemoteAddr();
    }

    static String token(HttpHeaders headers) {
        String auth = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        javax.ws.rs.core.Cookie cookie = headers.getCookies().get(SessionResolver.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
