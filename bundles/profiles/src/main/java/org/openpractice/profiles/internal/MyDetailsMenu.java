package org.openpractice.profiles.internal;

import org.openpractice.platform.ui.MenuContribution;
import org.osgi.service.component.annotations.Component;

/** "My Details" for every member. */
@Component(service = MenuContribution.class)
public class MyDetailsMenu implements MenuContribution {
    @Override
    public String route() {
        return "my-details";
    }

    @Override
    public String label() {
        return "My Details";
    }

    @Override
    public String icon() {
        return "vaadin:user-card";
    }

    @Override
    public int order() {
        return 90;
    }
}
