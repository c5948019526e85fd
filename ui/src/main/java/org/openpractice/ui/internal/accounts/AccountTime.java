package org.openpractice.ui.internal.accounts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as the account's members read them: in the account's time zone, with the zone named. */
final class AccountTime {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofPattern("MMMM d, yyyy 'at' h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private final ZoneId zone;

    private AccountTime(ZoneId zone) {
        this.zone = zone;
    }

    /** The active account's zone; UTC if it cannot be read (the caller's role may not see the settings). */
    static AccountTime ofAccount() {
        try {
            return new AccountTime(ZoneId.of(Backend.call(() -> Backend.settings().general()).timeZone()));
        } catch (RuntimeException e) {
            return new AccountTime(ZoneOffset.UTC);
        }
    }

    static AccountTime of(String zone) {
        try {
            return new AccountTime(ZoneId.of(zone));
        } catch (DateTimeException | NullPointerException e) {
            return new AccountTime(ZoneOffset.UTC);
        }
    }

    /** "March 12, 2026 at 2:05 PM (America/New_York)". */
    String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** "Mar 12, 2026". */
    String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }
}
