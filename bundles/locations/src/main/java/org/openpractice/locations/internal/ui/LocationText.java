package org.openpractice.locations.internal.ui;

import org.openpractice.locations.Address;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationKind;

/** How locations read on screen. */
final class LocationText {
    private LocationText() {
    }

    static String kind(LocationKind kind) {
        return switch (kind) {
            case PHYSICAL -> "Physical address";
            case VIRTUAL -> "Virtual";
            case HOME_VISIT -> "Home / workplace visit";
        };
    }

    static String billTo(BillTo billTo) {
        return billTo == BillTo.CLIENT ? "Client's address" : "Location address";
    }

    static String where(Location l) {
        if (l.kind() == LocationKind.VIRTUAL && l.virtualDescription() != null) {
            return l.virtualDescription();
        }
        if (l.kind() == LocationKind.HOME_VISIT && l.address() == null) {
            return "The client's residential address";
        }
        return address(l.address());
    }

    static String address(Address a) {
        if (a == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(a.street() == null ? "" : a.street());
        if (a.street2() != null) {
            s.append(", ").append(a.street2());
        }
        s.append(", ").append(a.city() == null ? "" : a.city()).append(' ')
                .append(a.state() == null ? "" : a.state()).append(' ')
                .append(a.postalCode() == null ? "" : a.postalCode());
        return s.toString().strip();
    }
}
