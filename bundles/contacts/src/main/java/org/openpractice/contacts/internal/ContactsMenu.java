package org.openpractice.contacts.internal;

import org.openpractice.platform.ui.MenuContribution;
import org.osgi.service.component.annotations.Component;

/** Main menu → Contacts, for every member. */
@Component(service = MenuContribution.class)
public class ContactsMenu implements MenuContribution {
    @Override
    public String route() {
        return "contacts";
    }

    @Override
    public String label() {
        return "Contacts";
    }

    @Override
    public String icon() {
        return "vaadin:users";
    }

    @Override
    public String section() {
        return "main";
    }

    @Override
    public int order() {
        return 30;
    }
}
