package org.openpractice.platform.validation;

import java.util.Set;

/** CMS-1500 "Other ID" qualifiers and the both-or-neither rule for an Other ID and its qualifier. */
public final class OtherId {
    /** 0B state licence, 1G UPIN, G2 commercial number, LU location number, ZZ taxonomy. */
    public static final Set<String> QUALIFIERS = Set.of("0B", "1G", "G2", "LU", "ZZ");

    private OtherId() {
    }

    /** Records messages on {@code idField}/{@code qualifierField} when the pair breaks the rules. */
    public static void check(Errors errors, String idField, String id, String qualifierField, String qualifier) {
        String i = Text.trimToNull(id);
        String q = Text.trimToNull(qualifier);
        if (i != null && q == null) {
            errors.add(qualifierField, "is required when an Other ID is given");
        } else if (i == null && q != null) {
            errors.add(idField, "is required when a qualifier is given");
        }
        if (q != null && !QUALIFIERS.contains(q)) {
            errors.add(qualifierField, "must be one of 0B, 1G, G2, LU, ZZ");
        }
        if (i != null && !i.matches("[A-Za-z0-9-]{1,30}")) {
            errors.add(idField, "may hold only letters, digits and hyphens (at most 30)");
        }
    }
}
