package org.openpractice.ui.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;

/**
 * Sets {@link RequestContext} to the signed-in member for every request of this web application and clears it
 * afterwards, so services called from views act for that member.
 */
public class RequestContextFilter implements Filter {
    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request instanceof HttpServletRequest http ? http.getSession(false) : null;
        Object member = session == null ? null : safeAttribute(session);
        RequestContext.set(member instanceof CurrentMember current ? current : null);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.clear();
        }
    }

    private static Object safeAttribute(HttpSession session) {
        try {
            return session.getAttribute(UiSession.MEMBER_ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
