package org.openpractice.accounts;

import org.openpractice.platform.security.Role;

/** Switches a director can set per member on top of the member's role. */
public record Permissions(boolean accessBilling, boolean showOnCalendar, boolean onlyAssignedClients,
        boolean editOwnAvailability, boolean editDocumentTemplates) {

    /** What a role grants until a director changes it. */
    public static Permissions defaults(Role role) {
        return switch (role) {
            case DIRECTOR -> new Permissions(true, true, false, true, true);
            case ADMINISTRATIVE -> new Permissions(true, false, false, true, true);
            case SUPERVISOR -> new Permissions(false, true, false, true, false);
            case CLINICAL -> new Permissions(false, true, true, true, false);
        };
    }
}
