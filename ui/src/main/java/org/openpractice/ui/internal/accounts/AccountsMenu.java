package org.openpractice.ui.internal.accounts;

import java.util.ArrayList;
import java.util.List;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.openpractice.platform.ui.MenuEntry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The entries of the account screens (settings, and the member's own sign-in security), registered as {@link MenuContribution} services like any module's.
 * This bundle has no Service-Component header, so they are registered by hand while the UI runs.
 */
public final class AccountsMenu implements AutoCloseable {
    static final List<MenuContribution> ENTRIES = List.of(
            settings(GeneralSettingsView.ROUTE, "General", "vaadin:cog", 10),
            settings(SecuritySettingsView.ROUTE, "Security", "vaadin:shield", 11),
            settings(LegalSettingsView.ROUTE, "Legal", "vaadin:file-text-o", 12),
            new MenuEntry(UsersView.ROUTE, "Users", "vaadin:users", MenuEntry.SETTINGS, 40, Role.DIRECTOR),
            new MenuEntry(NewAccountView.ROUTE, "New account", "vaadin:plus-circle-o", MenuEntry.SETTINGS, 41,
                    Role.DIRECTOR),
            new MenuEntry(SwitchAccountView.ROUTE, "Switch account", "vaadin:exchange", MenuEntry.SETTINGS, 42),
            new MenuEntry(SignInSecurityView.ROUTE, "Sign-in & security", "vaadin:lock", MenuEntry.MAIN, 91));

    /** An account-settings entry, for directors and administrative members. */
    private static MenuEntry settings(String route, String label, String icon, int order) {
        return new MenuEntry(route, label, icon, MenuEntry.SETTINGS, order, Role.DIRECTOR, Role.ADMINISTRATIVE);
    }

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
}
