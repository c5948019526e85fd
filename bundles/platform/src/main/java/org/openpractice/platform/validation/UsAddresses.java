package org.openpractice.platform.validation;

import java.util.Locale;
import java.util.Set;

/** US postal rules: USPS state and territory codes and ZIP / ZIP+4. */
public final class UsAddresses {
    public static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP");

    private UsAddresses() {
    }

    public static String stateProblem(String state) {
        return STATES.contains(state.strip().toUpperCase(Locale.ROOT)) ? null
                : "must be a two-letter US state code such as CA";
    }

    public static String zipProblem(String zip) {
        return zip.strip().matches("\\d{5}(-\\d{4})?") ? null : "must be a ZIP code such as 94107 or 94107-1234";
    }
}
