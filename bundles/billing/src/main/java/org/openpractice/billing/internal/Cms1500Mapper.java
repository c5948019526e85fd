package org.openpractice.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openpractice.billing.ClientAddress;
import org.openpractice.billing.Cms1500Boxes;
import org.openpractice.billing.PostalAddress;
import org.openpractice.billing.ReferringProvider;
import org.openpractice.locations.Address;
import org.openpractice.locations.Location;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.platform.validation.Text;
import org.openpractice.profiles.ProviderIdentity;

/** Where each CMS-1500 (02/12) provider box takes its value from; a pure function, tested box by box. */
final class Cms1500Mapper {
    private Cms1500Mapper() {
    }

    static Cms1500Boxes map(ProviderIdentity rendering, Location location, BillingAddresses.ForClaim billing,
            ReferringProvider referring, ClientAddress client) {
        Cms1500Checks.check(location, billing.address(), referring, client);

        String box17Qualifier = null;
        String box17Name = null;
        String box17aQualifier = null;
        String box17aId = null;
        String box17bNpi = null;
        if (referring != null) {
            box17Qualifier = referring.qualifier().strip().toUpperCase(Locale.ROOT);
            box17Name = Cms1500Text.nameWithCredentials(referring.name(), referring.credentials());
            box17aQualifier = Text.trimToNull(referring.otherIdQualifier());
            box17aId = Text.trimToNull(referring.otherId());
            box17bNpi = Text.trimToNull(referring.npi());
        }

        List<String> box32 = new ArrayList<>();
        String box32a = null;
        String box32b = null;
        if (Cms1500Checks.usesClientAddress(location)) {
            box32.add(client.name() == null || client.name().isBlank() ? "Client residence" : client.name().strip());
            box32.addAll(lines(client.address()));
        } else {
            box32.add(location.name());
            box32.addAll(lines(location.address()));
            box32a = location.npi();
            box32b = joined(location.otherIdQualifier(), location.otherId());
        }

        List<String> box33 = new ArrayList<>();
        box33.add(billing.address().providerName());
        box33.addAll(lines(billing.address().address()));

        return new Cms1500Boxes(box17Qualifier, box17Name, box17aQualifier, box17aId, box17bNpi,
                Text.trimToNull(rendering.otherIdQualifier()), Text.trimToNull(rendering.otherId()), rendering.npi(),
                billing.taxIdDigits(), billing.address().taxIdType() == TaxId.Type.SSN,
                rendering.nameWithCredentials(), List.copyOf(box32), box32a, box32b, List.copyOf(box33),
                Cms1500Text.phone(billing.phoneDisplay()), billing.address().npi(),
                joined(billing.address().otherIdQualifier(), billing.address().otherId()));
    }

    /** The qualifier immediately followed by the ID, as 32b and 33b print them. */
    private static String joined(String qualifier, String id) {
        return qualifier == null || id == null ? null : qualifier + id;
    }

    private static List<String> lines(PostalAddress a) {
        return Cms1500Text.addressLines(a.street(), a.street2(), a.city(), a.state(), a.postalCode());
    }

    private static List<String> lines(Address a) {
        return a == null ? List.of()
                : Cms1500Text.addressLines(a.street(), a.street2(), a.city(), a.state(), a.postalCode());
    }
}
