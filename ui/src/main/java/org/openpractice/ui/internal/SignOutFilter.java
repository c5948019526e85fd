package org.openpractice.ui.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.openpractice.accounts.AccountService;
import org.openpractice.platform.security.SessionResolver;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;

/**
 * {@code /signout}: ends the sign-in session, the HTTP session and the cookie in one plain request, then sends the
 * browser to the sign-in page. Done outside Vaadin so no page can race the session being invalidated.
 */
public class SignOutFilter implements Filter {
    @Override
    public void init(javax.servlet.FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String token = token(request);
        if (token != null) {
            revoke(token);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", SessionResolver.COOKIE + "=; Path=" + path
                + "; HttpOnly; SameSite=Strict; Max-Age=0" + (request.isSecure() ? "; Secure" : ""));
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/signin");
    }

    private static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (SessionResolver.COOKIE.equals(c.getName()) && !c.getValue().isBlank()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static void revoke(String token) {
        BundleContext context = FrameworkUtil.getBundle(SignOutFilter.class).getBundleContext();
        ServiceReference<AccountService> ref = context == null ? null
                : context.getServiceReference(AccountService.class);
        AccountService accounts = ref == null ? null : context.getService(ref);
        if (accounts == null) {
            return;
        }
        try {
            accounts.signOut(token);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SignOutFilter.class).warn("Sign-out could not end the server session: {}",
                    e.getClass().getName());
        } finally {
            context.ungetService(ref);
        }
    }
}
