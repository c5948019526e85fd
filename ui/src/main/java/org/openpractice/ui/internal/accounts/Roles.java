package org.openpractice.ui.internal.accounts;

import org.openpractice.platform.security.Role;
import org.openpractice.ui.internal.MenuLinks;

import com.vaadin.flow.component.select.Select;

/** Roles as members read them: a name and what the role may do. */
final class Roles {
    private Roles() {
    }

    static String name(String role) {
        try {
            return MenuLinks.roleName(Role.valueOf(role));
        } catch (IllegalArgumentException | NullPointerException e) {
            return role == null ? "" : role;
        }
    }

    /** "a director", "an administrative member": the role as the end of "invited to join … as". */
    static String asMember(String role) {
        return switch (role == null ? "" : role) {
            case "DIRECTOR" -> "a director";
            case "ADMINISTRATIVE" -> "an administrative member";
            case "SUPERVISOR" -> "a supervisor";
            case "CLINICAL" -> "a clinical member";
            default -> "a member";
        };
    }

    static String description(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case DIRECTOR -> "Everything, including users, permissions and other members' details.";
            case ADMINISTRATIVE -> "Account settings, contacts, clients, messaging and billing; not users.";
            case SUPERVISOR -> "Clinical work, plus oversight of the clinicians they supervise.";
            case CLINICAL -> "Their own details and clients, contacts and messaging.";
        };
    }

    /** A role picker that explains the chosen role under it. */
    static Select<Role> select(String label, Role initial) {
        Select<Role> select = new Select<>();
        select.setLabel(label);
        select.setItems(Role.values());
        select.setItemLabelGenerator(MenuLinks::roleName);
        select.addValueChangeListener(change -> select.setHelperText(description(change.getValue())));
        select.setValue(initial);
        select.setHelperText(description(initial));
        return select;
    }
}
