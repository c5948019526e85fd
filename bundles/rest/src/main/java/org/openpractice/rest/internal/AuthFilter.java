package org.openpractice.rest.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

import org.openpractice.platform.rest.RestApi;
import org.openpractice.platform.security.AllowedBeforeEnrolment;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.SessionResolver;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates each request (bearer token, or the session cookie for browsers), sets the
 * {@link RequestContext} and enforces {@code @RolesAllowed}/{@code @PermitAll}. A method with neither is refused:
 * the check fails closed.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName("openpractice.auth")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final Logger logger = LoggerFactory.getLogger(AuthFilter.class);

    @Context
    ResourceInfo resourceInfo;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SessionResolver sessions;

    @Override
    public void filter(ContainerRequestContext request) {
        RequestContext.clear();
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return; // unmatched: JAX-RS answers 404/405 itself
        }
        Access access = access(method, resourceInfo.getResourceClass());
        Optional<Credentials> credentials = credentials(request);
        Optional<CurrentMember> member = credentials.flatMap(this::resolve);
        member.ifPresent(RequestContext::set);
        if (access.permitAll) {
            return;
        }
        if (access.roles == null) {
            logger.warn("Refused {} {}: the resource method declares no roles", request.getMethod(), method.getName());
            request.abortWith(ErrorMapper.respond(403, "forbidden", "This operation is not available", Map.of()));
            return;
        }
        if (member.isEmpty()) {
            request.abortWith(ErrorMapper.respond(401, "unauthenticated", "Sign in first", Map.of()));
            return;
        }
        if (credentials.get().fromCookie && !SAFE_METHODS.contains(request.getMethod())
                && request.getHeaderString("X-Requested-With") == null) {
            request.abortWith(ErrorMapper.respond(403, "csrf", "Browser requests that change data must send"
                    + " the X-Requested-With header", Map.of()));
            return;
        }
        if (member.get().mustEnrolTwoFactor() && !method.isAnnotationPresent(AllowedBeforeEnrolment.class)) {
            request.abortWith(ErrorMapper.respond(403, "two_factor_enrolment_required", "This account requires"
                    + " two-factor authentication: set it up first", Map.of()));
            return;
        }
        if (!access.roles.contains(member.get().role().name())) {
            request.abortWith(ErrorMapper.respond(403, "forbidden", "Your role does not allow this", Map.of()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestContext.clear();
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putIfAbsent("Cache-Control", java.util.List.of("no-store"));
    }

    private Optional<CurrentMember> resolve(Credentials credentials) {
        SessionResolver resolver = sessions;
        return resolver == null ? Optional.empty() : resolver.resolve(credentials.token);
    }

    private record Credentials(String token, boolean fromCookie) {
    }

    private record Access(boolean permitAll, Set<String> roles) {
    }

    static Optional<Credentials> credentials(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(new Credentials(header.substring(7).strip(), false));
        }
        Cookie cookie = request.getCookies().get(SessionResolver.COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return Optional.of(new Credentials(cookie.getValue(), true));
        }
        return Optional.empty();
    }

    static Access access(Method method, Class<?> type) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return new Access(false, Set.of());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return new Access(true, null);
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && type != null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        return new Access(false, roles == null ? null : Set.copyOf(Arrays.asList(roles.value())));
    }
}
