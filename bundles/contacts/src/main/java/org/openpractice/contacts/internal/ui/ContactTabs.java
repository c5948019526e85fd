package org.openpractice.contacts.internal.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.openpractice.contacts.ContactTab;
import org.openpractice.platform.security.Role;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.slf4j.LoggerFactory;

/** The tabs of a contact's file as the {@link ContactTab} services registered now describe them. */
final class ContactTabs {
    /** One tab for one contact: what it says and where it leads. */
    record Tab(String id, String label, int order, String route, Set<Role> roles) {
        boolean visibleTo(Role role) {
            return roles.isEmpty() || roles.contains(role);
        }
    }

    private ContactTabs() {
    }

    /** Every registered tab for {@code contactId}, sorted by order and label, each service released at once. */
    static List<Tab> of(String contactId) {
        Bundle bundle = FrameworkUtil.getBundle(ContactTabs.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        List<Tab> tabs = new ArrayList<>();
        if (context == null) {
            return tabs;
        }
        try {
            for (ServiceReference<ContactTab> ref : context.getServiceReferences(ContactTab.class, null)) {
                ContactTab tab = context.getService(ref);
                if (tab == null) {
                    continue;
                }
                try {
                    tabs.add(new Tab(tab.id(), tab.label(), tab.order(), tab.route(contactId),
                            Set.copyOf(tab.roles())));
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(ContactTabs.class).warn("A contact tab could not describe itself: {}",
                            e.toString());
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tabs.sort(Comparator.comparingInt(Tab::order).thenComparing(Tab::label, String.CASE_INSENSITIVE_ORDER));
        return tabs;
    }

    /** The tabs a member with {@code role} sees. */
    static List<Tab> visibleTo(String contactId, Role role) {
        return of(contactId).stream().filter(t -> t.visibleTo(role)).toList();
    }

    /** The roles of the tab with {@code id}, or none (everyone) when no such tab is registered. */
    static Set<Role> roles(String contactId, String id) {
        return of(contactId).stream().filter(t -> t.id().equals(id)).findFirst().map(Tab::roles).orElse(Set.of());
    }
}
