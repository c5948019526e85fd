package org.openpractice.platform.ui;

import java.util.Set;

import org.openpractice.platform.security.Role;

/**
 * A menu entry given by its values. A module registers one as a component by extending it with a no-argument
 * constructor, e.g. {@code @Component(service = MenuContribution.class) class LocationsMenu extends MenuEntry}.
 */
public class MenuEntry implements MenuContribution {
    /** The "settings" section of the menu. */
    public static final String SETTINGS = "settings";
    /** The "main" section of the menu. */
    public static final String MAIN = "main";

    private final String route;
    private final String label;
    private final String icon;
    private final String section;
    private final int order;
    private final Set<Role> roles;

    /** {@code roles} that see the entry; none means every member. */
    public MenuEntry(String route, String label, String icon, String section, int order, Role... roles) {
        this.route = route;
        this.label = label;
        this.icon = icon;
        this.section = section;
        this.order = order;
        this.roles = Set.of(roles);
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String toString() {
        return section + "/" + route;
    }
}
