package org.openpractice.profiles.internal;

import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.platform.ui.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** "My Details" for every member. */
@Component(service = MenuContribution.class)
public class MyDetailsMenu extends MenuEntry {
    public MyDetailsMenu() {
        super("my-details", "My Details", "vaadin:user-card", MAIN, 90);
    }
}
