package org.openpractice.ui.internal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The entries of the account screens (settings, and the member's own sign-in security), registered as {@link MenuContribution} services like any module's.
 * This bundle has no Service-Component header, so they are registered by hand while the UI runs.
 */
public final class AccountsMenu implements AutoCloseable {
    private static final Set<Role> SETTINGS_ROLES = Set.of(Role.DIRECTOR, Role.ADMINISTRATIVE);
    private static final Set<Role> DIRECTORS = Set.of(Role.DIRECTOR);

    static final List<MenuContribution> ENTRIES = List.of(
            new Entry(GeneralSettingsView.ROUTE, "General", "vaadin:cog", 10, SETTINGS_ROLES),
            new Entry(SecuritySettingsView.ROUTE, "Security", "vaadin:shield", 11, SETTINGS_ROLES),
            new Entry(LegalSettingsView.ROUTE, "Legal", "vaadin:file-text-o", 12, SETTINGS_ROLES),
            new Entry(UsersView.ROUTE, "Users", "vaadin:users", 40, DIRECTORS),
            new Entry(NewAccountView.ROUTE, "New account", "vaadin:plus-circle-o", 41, DIRECTORS),
            new Entry(SwitchAccountView.ROUTE, "Switch account", "vaadin:exchange", 42, Set.of()),
            new Entry(SignInSecurityView.ROUTE, "Sign-in & security", "vaadin:lock", 91, Set.of(), "main"));

    private final List<ServiceRegistration<MenuContribution>> registrations = new ArrayList<>();

    private AccountsMenu() {
    }

    /** Registers every entry through {@code context}; {@link #close()} removes them. */
    public static AccountsMenu register(BundleContext context) {
        AccountsMenu menu = new AccountsMenu();
        for (MenuContribution entry : ENTRIES) {
            menu.registrations.add(context.registerService(MenuContribution.class, entry, null));
        }
        return menu;
    }

    @Override
    public void close() {
        for (ServiceRegistration<MenuContribution> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped first, which unregisters its services
            }
        }
        registrations.clear();
    }

    private record Entry(String route, String label, String icon, int order, Set<Role> roles, String section)
            implements MenuContribution {
        Entry(String route, String label, String icon, int order, Set<Role> roles) {
            this(route, label, icon, order, roles, "settings");
        }
    }
}
