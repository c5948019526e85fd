package org.openpractice.platform.persistence;

import java.util.UUID;

/** Identifiers of stored rows: random UUIDs, so ids reveal nothing and cannot be guessed. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** True for strings shaped like our ids; anything else can be answered with 404 at once. */
    public static boolean looksValid(String id) {
        return id != null && id.length() == 36 && id.matches("[0-9a-f-]{36}");
    }
}
