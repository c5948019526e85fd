package org.openpractice.contacts;

import java.util.Set;

import org.openpractice.platform.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A tab of a contact's file, contributed as an OSGi service so that other bundles can add to the file at runtime;
 * it carries no UI framework types. The contacts bundle registers "cover" (files and tasks, order 10) and
 * "details" (order 20); the messaging bundle is expected to register "messages" (order 30).
 * <p>
 * The contact view shows one tab per service, sorted by {@link #order()}, and opens the tab's view at
 * {@link #route(String)}; the contributing bundle provides that view (a route in a package named by its
 * {@code OpenPractice-UI-Routes} header). A tab disappears when its service goes away.
 *
 * <pre>
 * &#64;Component(service = ContactTab.class)
 * public class MessagesTab implements ContactTab {
 *     public String id() { return "messages"; }
 *     public String label() { return "Messages"; }
 *     public int order() { return 30; }
 * }
 * </pre>
 */
@ConsumerType
public interface ContactTab {
    /** Short stable id, unique among tabs, e.g. "messages"; also the last segment of the default route. */
    String id();

    /** What the tab says, e.g. "Messages". */
    String label();

    /** Lower comes first. */
    int order();

    /** The route of the tab's view for one contact; by default {@code contacts/<contactId>/<id>}. */
    default String route(String contactId) {
        return "contacts/" + contactId + "/" + id();
    }

    /** Roles that see the tab; empty means every member. */
    default Set<Role> roles() {
        return Set.of();
    }
}
