package org.openpractice.ui.internal;

import org.openpractice.platform.security.Role;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Links to routes known only by their path, as {@code MenuContribution}s give them; the Vaadin router follows them. */
public final class MenuLinks {
    /** Id of the dashboard entry, whose route is empty. */
    public static final String DASHBOARD_ID = "nav-dashboard";

    private MenuLinks() {
    }

    public static Anchor link(String route, String label, String icon) {
        Anchor link = new Anchor();
        link.setHref(route);
        // router-link makes the client navigate inside the open UI instead of loading the page again
        link.getElement().setAttribute("router-link", true);
        link.add(icon(icon), new Span(label));
        return link;
    }

    /** The element id of the menu entry for {@code route}: "nav-" and the route with "/" replaced by "-". */
    public static String id(String route) {
        return route.isEmpty() ? DASHBOARD_ID : "nav-" + route.replace('/', '-');
    }

    /** An icon named like "vaadin:map-marker"; a neutral one when the name is missing or malformed. */
    public static Icon icon(String name) {
        if (name != null) {
            int colon = name.indexOf(':');
            if (colon > 0 && colon < name.length() - 1) {
                return new Icon(name.substring(0, colon), name.substring(colon + 1));
            }
        }
        return VaadinIcon.CUBE.create();
    }

    /** "DIRECTOR" as "Director". */
    public static String roleName(Role role) {
        String name = role.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
