package org.openpractice.billing.internal;

import java.util.Locale;
import java.util.Set;

import org.openpractice.billing.BillingAddress;
import org.openpractice.billing.ClientAddress;
import org.openpractice.billing.PostalAddress;
import org.openpractice.billing.ReferringProvider;
import org.openpractice.locations.BillTo;
import org.openpractice.locations.Location;
import org.openpractice.locations.LocationKind;
import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Npi;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.platform.validation.Text;
import org.openpractice.platform.validation.UsAddresses;

/** What a claim's inputs must satisfy before any box is printed; every problem is reported per field. */
final class Cms1500Checks {
    static final Set<String> REFERRING_QUALIFIERS = Set.of("DN", "DK", "DQ");
    static final String ARCHIVED = "is archived; restore it or choose another";

    private Cms1500Checks() {
    }

    /** Throws a validation error naming every field that keeps these inputs from making a valid claim. */
    static void check(Location location, BillingAddress billing, ReferringProvider referring, ClientAddress client) {
        Errors errors = new Errors();
        if (location.archived()) {
            errors.add("locationId", ARCHIVED);
        }
        if (location.kind() == LocationKind.VIRTUAL && location.billTo() == BillTo.CLIENT) {
            errors.add("locationId", "is a virtual location that bills with the client's address; a virtual location"
                    + " used for claims must bill with a physical location address");
        }
        if (billing.archived()) {
            errors.add("billingAddressId", ARCHIVED);
        }
        referring(errors, referring);
        PostalAddress address = client == null ? null : client.address();
        if (address != null) {
            clientAddress(errors, address);
        } else if (usesClientAddress(location)) {
            errors.add("client.street", "is required: this location bills with the client's address; give the"
                    + " client's street, city, state and ZIP code");
        }
        errors.throwIfAny();
    }

    /** Whether box 32 prints the client's address rather than the location's. */
    static boolean usesClientAddress(Location location) {
        return location.billTo() == BillTo.CLIENT && location.kind() != LocationKind.VIRTUAL;
    }

    private static void referring(Errors errors, ReferringProvider referring) {
        if (referring == null) {
            return;
        }
        String q = Text.trimToNull(referring.qualifier());
        if (q == null) {
            errors.add("referring.qualifier", "is required with any referring provider detail: DN (referring),"
                    + " DK (ordering) or DQ (supervising)");
        } else if (!REFERRING_QUALIFIERS.contains(q.toUpperCase(Locale.ROOT))) {
            errors.add("referring.qualifier", "must be DN (referring), DK (ordering) or DQ (supervising)");
        }
        if (Cms1500Text.plain(referring.name()) == null) {
            errors.add("referring.name", "is required with any referring provider detail (box 17)");
        }
        errors.check("referring.npi", Text.trimToNull(referring.npi()), Npi::problem);
        OtherId.check(errors, "referring.otherId", referring.otherId(), "referring.otherIdQualifier",
                referring.otherIdQualifier());
    }

    private static void clientAddress(Errors errors, PostalAddress a) {
        requiredPlain(errors, "client.street", a.street(), 200);
        errors.maxLength("client.street2", a.street2(), 200);
        requiredPlain(errors, "client.city", a.city(), 100);
        errors.check("client.state", errors.required("client.state", a.state()), UsAddresses::stateProblem);
        errors.check("client.postalCode", errors.required("client.postalCode", a.postalCode()),
                UsAddresses::zipProblem);
    }

    /** Required and at most {@code max} long, judged on what prints: punctuation alone is not an address. */
    private static void requiredPlain(Errors errors, String field, String value, int max) {
        if (Cms1500Text.plain(value) == null) {
            errors.add(field, "is required");
        }
        errors.maxLength(field, value, max);
    }
}
