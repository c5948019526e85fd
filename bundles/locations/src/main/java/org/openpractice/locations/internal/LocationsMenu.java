package org.openpractice.locations.internal;

import java.util.Set;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.osgi.service.component.annotations.Component;

/** Account settings → Locations, for directors and administrative members. */
@Component(service = MenuContribution.class)
public class LocationsMenu implements MenuContribution {
    @Override
    public String route() {
        return "settings/locations";
    }

    @Override
    public String label() {
        return "Locations";
    }

    @Override
    public String icon() {
        return "vaadin:map-marker";
    }

    @Override
    public String section() {
        return "settings";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.DIRECTOR, Role.ADMINISTRATIVE);
    }
}
