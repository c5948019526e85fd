package org.openpractice.contacts.internal;

import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.platform.ui.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** Main menu → Contacts, for every member. */
@Component(service = MenuContribution.class)
public class ContactsMenu extends MenuEntry {
    public ContactsMenu() {
        super("contacts", "Contacts", "vaadin:users", MAIN, 30);
    }
}
