package org.openpractice.locations.internal;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.platform.ui.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** Account settings → Locations, for directors and administrative members. */
@Component(service = MenuContribution.class)
public class LocationsMenu extends MenuEntry {
    public LocationsMenu() {
        super("settings/locations", "Locations", "vaadin:map-marker", SETTINGS, 20,
                Role.DIRECTOR, Role.ADMINISTRATIVE);
    }
}
