package org.openpractice.contacts.internal;

import java.util.Set;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.osgi.service.component.annotations.Component;

/** Account settings → Contacts (the messaging methods new contacts start with), for the office. */
@Component(service = MenuContribution.class)
public class ContactSettingsMenu implements MenuContribution {
    @Override
    public String route() {
        return "settings/contacts";
    }

    @Override
    public String label() {
        return "Contacts";
    }

    @Override
    public String icon() {
        return "vaadin:envelopes-o";
    }

    @Override
    public String section() {
        return "settings";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.DIRECTOR, Role.ADMINISTRATIVE);
    }
}
