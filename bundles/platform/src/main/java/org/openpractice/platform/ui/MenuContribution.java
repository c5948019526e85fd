package org.openpractice.platform.ui;

import java.util.Set;

import org.openpractice.platform.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A navigation entry a module adds to the application's menu. The menu follows these services, so an entry
 * appears when its module is installed and disappears when it is removed. Carries no UI framework types.
 */
@ConsumerType
public interface MenuContribution {
    /** The route of the view it opens, e.g. "settings/locations". */
    String route();

    String label();

    /** A Vaadin icon name such as "vaadin:map-marker"; optional. */
    default String icon() {
        return null;
    }

    /** Menu section: "main" or "settings". */
    default String section() {
        return "main";
    }

    /** Lower comes first. */
    default int order() {
        return 100;
    }

    /** Roles that see the entry; empty means every member. */
    default Set<Role> roles() {
        return Set.of();
    }
}
