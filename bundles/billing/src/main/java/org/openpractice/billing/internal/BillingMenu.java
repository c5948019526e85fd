package org.openpractice.billing.internal;

import java.util.Set;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.osgi.service.component.annotations.Component;

/** Account settings → Mailing & billing, for directors and administrative members. */
@Component(service = MenuContribution.class)
public class BillingMenu implements MenuContribution {
    @Override
    public String route() {
        return "settings/billing-addresses";
    }

    @Override
    public String label() {
        return "Mailing & billing";
    }

    @Override
    public String icon() {
        return "vaadin:envelope-o";
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
