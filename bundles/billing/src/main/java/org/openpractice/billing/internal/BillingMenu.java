package org.openpractice.billing.internal;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.platform.ui.MenuEntry;
import org.osgi.service.component.annotations.Component;

/** Account settings → Mailing & billing, for directors and administrative members. */
@Component(service = MenuContribution.class)
public class BillingMenu extends MenuEntry {
    public BillingMenu() {
        super("settings/billing-addresses", "Mailing & billing", "vaadin:envelope-o", SETTINGS, 30,
                Role.DIRECTOR, Role.ADMINISTRATIVE);
    }
}
