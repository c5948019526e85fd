package org.openpractice.accounts;

/** Account settings → General. */
public record GeneralSettings(String practiceName, String country, String timeZone, String currency,
        String profession) {
}
