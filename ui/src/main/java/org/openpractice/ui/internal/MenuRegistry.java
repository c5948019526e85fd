package org.openpractice.ui.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openpractice.platform.security.Role;
import org.openpractice.platform.ui.MenuContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;

/** Follows the {@link MenuContribution} services, so open menus change while modules are installed and removed. */
public final class MenuRegistry implements AutoCloseable {
    public static final String SETTINGS = "settings";

    private static final Comparator<MenuContribution> MENU_ORDER = Comparator
            .comparingInt((MenuContribution entry) -> SETTINGS.equals(entry.section()) ? 1 : 0)
            .thenComparingInt(MenuContribution::order)
            .thenComparing(MenuContribution::label, String.CASE_INSENSITIVE_ORDER);

    private final Logger logger = LoggerFactory.getLogger(MenuRegistry.class);
    private final Map<ServiceReference<MenuContribution>, MenuContribution> entries = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ServiceTracker<MenuContribution, MenuContribution> tracker;
    private final long ownBundle;

    MenuRegistry(BundleContext context) {
        ownBundle = context == null ? -1 : context.getBundle().getBundleId();
        tracker = context == null ? null : new ServiceTracker<>(context, MenuContribution.class, null) {
            @Override
            public MenuContribution addingService(ServiceReference<MenuContribution> reference) {
                MenuContribution entry = super.addingService(reference);
                if (entry != null) {
                    entries.put(reference, entry);
                    changed();
                }
                return entry;
            }

            @Override
            public void modifiedService(ServiceReference<MenuContribution> reference, MenuContribution entry) {
                changed();
            }

            @Override
            public void removedService(ServiceReference<MenuContribution> reference, MenuContribution entry) {
                entries.remove(reference);
                super.removedService(reference, entry);
                changed();
            }
        };
    }

    void open() {
        if (tracker != null) {
            tracker.open();
        }
    }

    /** The entries a member with {@code role} sees, main section first, then by order and label. */
    public List<MenuContribution> visibleTo(Role role) {
        return visible(entries.values(), role);
    }

    /** Like {@link #visibleTo}, without the UI's own entries (account settings): what installed modules add. */
    public List<MenuContribution> modulesVisibleTo(Role role) {
        return visible(entries.entrySet().stream().filter(e -> e.getKey().getBundle() == null
                || e.getKey().getBundle().getBundleId() != ownBundle).map(Map.Entry::getValue).toList(), role);
    }

    static List<MenuContribution> visible(Collection<MenuContribution> entries, Role role) {
        return entries.stream().filter(entry -> isVisibleTo(entry, role)).sorted(MENU_ORDER).toList();
    }

    /** False when an installed module restricts {@code route} to roles other than {@code role}. */
    public boolean allows(String route, Role role) {
        return entries.values().stream().filter(entry -> route.equals(entry.route()))
                .allMatch(entry -> isVisibleTo(entry, role));
    }

    static boolean isVisibleTo(MenuContribution entry, Role role) {
        return entry.roles().isEmpty() || (role != null && entry.roles().contains(role));
    }

    /** Runs {@code command} in {@code ui} (pushed to the browser) each time the menu changes, until removed. */
    public Registration subscribe(UI ui, Command command) {
        Runnable listener = () -> {
            try {
                ui.access(command);
            } catch (UIDetachedException e) {
                // the UI closed between the change and this call; its detach removes the listener
            }
        };
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                logger.warn("Could not update an open menu", e);
            }
        }
    }

    @Override
    public void close() {
        listeners.clear();
        if (tracker != null) {
            tracker.close();
        }
    }
}
