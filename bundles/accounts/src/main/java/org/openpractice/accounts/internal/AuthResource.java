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

import org.openpractice.accounts.LoginSecurityService;
import org.openpractice.accounts.RecoveryCodes;
import org.openpractice.accounts.TwoFactorEnrolment;
import org.openpractice.accounts.TwoFactorStatus;
import org.openpractice.platform.ValidationException;
import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.security.AllowedBeforeEnrolment;
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
    /**
     * Credentials; {@code code} is the authenticator (or recovery) code of a login with two-factor authentication,
     * {@code accountId} optionally picks the account to open.
     */
    public record LoginRequest(String email, String password, String code, String accountId) {
    }

    /** A password change of the signed-in login. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Asks for a reset link. */
    public record ResetRequest(String email) {
    }

    /** A new password with the token from the reset link. */
    public record PasswordReset(String token, String password) {
    }

    /** An authenticator or recovery code. */
    public record CodeRequest(String code) {
    }

    /** What the client shows after a reset request: the same whatever the e-mail. */
    public record Accepted(String message) {
    }

    /** The account to make active. */
    public record SwitchRequest(String accountId) {
    }

    private final Accounts accounts;
    private final LoginSecurityService security;

    @Context
    HttpServletRequest request;

    @Activate
    public AuthResource(@Reference Accounts accounts, @Reference LoginSecurityService security) {
        this.accounts = accounts;
        this.security = security;
    }

    @POST
    @Path("login")
    @PermitAll
    public SessionDto login(LoginRequest body) {
        if (body == null) {
            throw ValidationException.of("email", "is required");
        }
        return SessionDto.of(accounts.signIn(body.email(), body.password(), body.code(), body.accountId(),
                clientAddress()));
    }

    @POST
    @Path("password")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public void changePassword(PasswordChange body) {
        PasswordChange change = body == null ? new PasswordChange(null, null) : body;
        security.changePassword(change.currentPassword(), change.newPassword());
    }

    @POST
    @Path("password/forgot")
    @PermitAll
    public Accepted forgotPassword(ResetRequest body) {
        security.requestPasswordReset(body == null ? null : body.email(), clientAddress());
        return new Accepted("If this e-mail belongs to an OpenPractice login, a reset link is on its way");
    }

    @POST
    @Path("password/reset")
    @PermitAll
    public void resetPassword(PasswordReset body) {
        PasswordReset reset = body == null ? new PasswordReset(null, null) : body;
        security.resetPassword(reset.token(), reset.password());
    }

    @GET
    @Path("two-factor")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    @AllowedBeforeEnrolment
    public TwoFactorStatus twoFactor() {
        return security.twoFactorStatus();
    }

    @POST
    @Path("two-factor/enrolment")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    @AllowedBeforeEnrolment
    public TwoFactorEnrolment startTwoFactor() {
        return security.startTwoFactor();
    }

    @POST
    @Path("two-factor/confirm")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    @AllowedBeforeEnrolment
    public RecoveryCodes confirmTwoFactor(CodeRequest body) {
        return security.confirmTwoFactor(body == null ? null : body.code());
    }

    @POST
    @Path("two-factor/disable")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public void disableTwoFactor(CodeRequest body) {
        security.disableTwoFactor(body == null ? null : body.code());
    }

    @POST
    @Path("two-factor/recovery-codes")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    public RecoveryCodes newRecoveryCodes(CodeRequest body) {
        return security.newRecoveryCodes(body == null ? null : body.code());
    }

    @POST
    @Path("logout")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    @AllowedBeforeEnrolment
    public void logout(@Context HttpHeaders headers) {
        accounts.signOut(token(headers));
    }

    @GET
    @Path("me")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    @AllowedBeforeEnrolment
    public SessionDto.MemberDto me() {
        return SessionDto.MemberDto.of(RequestContext.require());
    }

    @POST
    @Path("switch")
    @RolesAllowed({"DIRECTOR", "ADMINISTRATIVE", "SUPERVISOR", "CLINICAL"})
    @AllowedBeforeEnrolment
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
