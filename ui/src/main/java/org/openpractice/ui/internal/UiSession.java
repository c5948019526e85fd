package org.openpractice.ui.internal;

import java.util.Optional;

import javax.servlet.http.Cookie;

import org.openpractice.accounts.SignedIn;
import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.SessionResolver;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * The sign-in of one browser: the {@link SignedIn} in the Vaadin session, the member mirrored into the HTTP session
 * for {@link RequestContextFilter}, and the {@value SessionResolver#COOKIE} cookie carrying the token.
 */
public final class UiSession {
    /** HTTP session attribute holding the {@link CurrentMember}. */
    static final String MEMBER_ATTRIBUTE = "org.openpractice.ui.member";
    private static final String SIGNED_IN_ATTRIBUTE = SignedIn.class.getName();

    private UiSession() {
    }

    public static Optional<SignedIn> signedIn() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getAttribute(SIGNED_IN_ATTRIBUTE);
        return value instanceof SignedIn signedIn ? Optional.of(signedIn) : Optional.empty();
    }

    public static Optional<CurrentMember> member() {
        return signedIn().map(SignedIn::member);
    }

    /** A new sign-in: a new HTTP session id (against session fixation), the session state and the cookie. */
    public static void start(SignedIn signedIn) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
        remember(signedIn);
        writeCookie(signedIn.token(), false);
    }

    /**
     * Keeps {@code signedIn} in this session, e.g. one restored from the cookie, with a refreshed member, or the same
     * sign-in after switching to another account.
     */
    public static void remember(SignedIn signedIn) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SIGNED_IN_ATTRIBUTE, signedIn);
        session.getSession().setAttribute(MEMBER_ATTRIBUTE, signedIn.member());
        RequestContext.set(signedIn.member());
    }

    /**
     * Reads the session's member again from the accounts area, e.g. after the practice was renamed; keeps what is
     * there when the accounts area cannot resolve tokens right now.
     */
    public static Optional<CurrentMember> refresh() {
        Optional<SignedIn> signedIn = signedIn();
        Optional<SessionResolver> resolver = UiRuntime.current().services().find(SessionResolver.class);
        if (signedIn.isEmpty() || resolver.isEmpty()) {
            return member();
        }
        resolver.get().resolve(signedIn.get().token())
                .ifPresent(member -> remember(new SignedIn(signedIn.get().token(), member)));
        return member();
    }

    /** Drops the sign-in from this session and expires the cookie; the caller ends the server-side session. */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SIGNED_IN_ATTRIBUTE, null);
            WrappedSession wrapped = session.getSession();
            if (wrapped != null) {
                wrapped.removeAttribute(MEMBER_ATTRIBUTE);
            }
        }
        RequestContext.clear();
        writeCookie("", true);
    }

    /** The token of the cookie sent with the current request. */
    static Optional<String> cookieToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SessionResolver.COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The browser's address as the server sees it, for sign-in throttling. */
    public static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private static void writeCookie(String value, boolean expire) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !(VaadinResponse.getCurrent() instanceof VaadinServletResponse response)) {
            return;
        }
        // Written by hand: the servlet 3.1 Cookie class has no SameSite attribute.
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        StringBuilder cookie = new StringBuilder(SessionResolver.COOKIE).append('=').append(value)
                .append("; Path=").append(path).append("; HttpOnly; SameSite=Strict");
        if (request.isSecure()) {
            cookie.append("; Secure");
        }
        if (expire) {
            cookie.append("; Max-Age=0");
        }
        response.getHttpServletResponse().addHeader("Set-Cookie", cookie.toString());
    }
}
