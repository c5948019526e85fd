package org.openpractice.contacts.internal.ui;

import java.util.EnumSet;
import java.util.Set;

import org.openpractice.platform.security.CurrentMember;
import org.openpractice.platform.security.RequestContext;
import org.openpractice.platform.security.Role;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * Who may open the contact screens: the roles the contacts REST resources allow, checked by every view on entry (the
 * application's navigation guard checks the menu entry's roles too), and a tab's own roles on top.
 */
final class ContactAccess {
    static final Set<Role> ROLES = EnumSet.of(Role.DIRECTOR, Role.ADMINISTRATIVE, Role.SUPERVISOR, Role.CLINICAL);

    private ContactAccess() {
    }

    /** True when the signed-in member may enter; otherwise the navigation goes to the dashboard with a notice. */
    static boolean enter(BeforeEnterEvent event, Set<Role> tabRoles) {
        Role role = RequestContext.current().map(CurrentMember::role).orElse(null);
        if (role != null && ROLES.contains(role) && (tabRoles.isEmpty() || tabRoles.contains(role))) {
            return true;
        }
        if (!event.hasForwardTarget()) { // the frame and the tab both check; one notice is enough
            event.forwardTo("");
            Notification.show("Your role does not include that page.");
        }
        return false;
    }

    static boolean enter(BeforeEnterEvent event) {
        return enter(event, Set.of());
    }
}
