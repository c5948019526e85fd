package org.openpractice.ui.internal.views;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The choices of country, time zone and currency that the practice forms offer, with their English names. */
public final class Regions {
    private Regions() {
    }

    /** ISO 3166 country codes, sorted by their English name. */
    public static List<String> countries() {
        return Stream.of(Locale.getISOCountries()).sorted(Comparator.comparing(Regions::countryName)).toList();
    }

    public static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /** IANA zones of the form Area/City, without the legacy Etc/ and SystemV/ aliases. */
    public static List<String> timeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/"))
                .filter(zone -> !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted().toList();
    }

    /** ISO 4217 currency codes, sorted. */
    public static List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
    }

    /** "USD · US Dollar"; the code alone when the JDK does not know it. */
    public static String currencyName(String code) {
        if (code == null) {
            return "";
        }
        try {
            return code + " · " + Currency.getInstance(code).getDisplayName(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
