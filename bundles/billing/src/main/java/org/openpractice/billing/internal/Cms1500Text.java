package org.openpractice.billing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openpractice.platform.validation.Text;

/**
 * How text prints in the CMS-1500 provider boxes, following the NUCC 1500 instructions: no punctuation in names and
 * addresses, ZIP+4 with its hyphen, telephone numbers as digits only.
 */
final class Cms1500Text {
    private Cms1500Text() {
    }

    /**
     * The value without periods, commas or "#", spaces collapsed: "123 N. Main Street, #101" prints as
     * "123 N Main Street 101" and "Jordan Lee, M.D." as "Jordan Lee MD". Hyphens stay. Null when nothing is left.
     */
    static String plain(String value) {
        if (value == null) {
            return null;
        }
        return Text.trimToNull(value.replace(".", "").replaceAll("[,#]", " ").replaceAll("\\s+", " "));
    }

    /** A 9-digit ZIP with its hyphen ("62701-1234"), a 5-digit ZIP as it is. */
    static String zip(String zip) {
        String digits = Text.digitsOnly(zip);
        if (digits.length() == 9) {
            return digits.substring(0, 5) + "-" + digits.substring(5);
        }
        return digits.length() == 5 ? digits : Text.trimToNull(zip);
    }

    /** Box 33's telephone number: digits only, no parentheses, hyphen or space. */
    static String phone(String phone) {
        String digits = Text.digitsOnly(phone);
        return digits.isEmpty() ? null : digits;
    }

    /** Box 17's name: the name followed by the credentials, without periods or commas ("Jordan Lee MD"). */
    static String nameWithCredentials(String name, String credentials) {
        return spaced(plain(name), plain(credentials));
    }

    /** The street line and the "City ST ZIP" line of a box 32 or 33 address. */
    static List<String> addressLines(String street, String street2, String city, String state, String zip) {
        String st = plain(state);
        return List.of(spaced(plain(street), plain(street2)),
                spaced(plain(city), st == null ? null : st.toUpperCase(Locale.ROOT), zip(zip)));
    }

    private static String spaced(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
