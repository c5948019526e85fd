package org.openpractice.contacts.internal;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.platform.ui.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** Account settings → Contacts (the messaging methods new contacts start with), for the office. */
@Component(service = MenuContribution.class)
public class ContactSettingsMenu extends MenuEntry {
    public ContactSettingsMenu() {
        super("settings/contacts", "Contacts", "vaadin:envelopes-o", SETTINGS, 30,
                Role.DIRECTOR, Role.ADMINISTRATIVE);
    }
}
