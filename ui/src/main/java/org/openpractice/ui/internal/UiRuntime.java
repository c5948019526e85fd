package org.openpractice.ui.internal;

import org.openpractice.ui.internal.accounts.AccountsMenu;
import org.osgi.framework.BundleContext;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * What the UI keeps for the lifetime of its {@link VaadinService}: service look-ups, the menu, the tracker of
 * contributed views and the UI's own settings entries. Stored in the Vaadin context, closed when the service is
 * destroyed.
 */
public final class UiRuntime implements AutoCloseable {
    private final OsgiServices services;
    private final MenuRegistry menu;
    private final RouteTracker routes;
    private final AccountsMenu accountsMenu;

    private UiRuntime(BundleContext context, VaadinService service) {
        services = new OsgiServices(context);
        menu = new MenuRegistry(context);
        routes = context == null ? null
                : new RouteTracker(context, ApplicationRouteRegistry.getInstance(service.getContext()));
        accountsMenu = context == null ? null : AccountsMenu.register(context);
    }

    static UiRuntime start(VaadinService service) {
        UiRuntime runtime = new UiRuntime(OsgiServices.contextOf(UiRuntime.class), service);
        runtime.menu.open();
        if (runtime.routes != null) {
            runtime.routes.open();
        }
        service.getContext().setAttribute(UiRuntime.class, runtime);
        return runtime;
    }

    /** The runtime of the Vaadin service handling the current request or UI access. */
    public static UiRuntime current() {
        VaadinService service = VaadinService.getCurrent();
        UiRuntime runtime = service == null ? null : service.getContext().getAttribute(UiRuntime.class);
        if (runtime == null) {
            throw new IllegalStateException("The OpenPractice UI has not been initialised");
        }
        return runtime;
    }

    public OsgiServices services() {
        return services;
    }

    public MenuRegistry menu() {
        return menu;
    }

    @Override
    public void close() {
        if (accountsMenu != null) {
            accountsMenu.close();
        }
        if (routes != null) {
            routes.close();
        }
        menu.close();
        services.close();
    }
}
