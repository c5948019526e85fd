package org.openpractice.platform.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers parsed with libphonenumber: stored as E.164, shown in national form. */
public final class Phones {
    /** A number that passed validation, in both stored and display forms. */
    public record Parsed(String e164, String national, boolean mobileCapable) {
    }

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /**
     * Parses a number written the way people write them; {@code region} is the account's ISO country
     * used when the number has no international prefix.
     *
     * @throws IllegalArgumentException with a user-facing message when the number is not valid
     */
    public static Parsed parse(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(raw.strip(), region == null ? "US" : region);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("is not a phone number");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new IllegalArgumentException("is not a valid phone number (include the area code)");
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        boolean mobile = type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        return new Parsed(UTIL.format(number, PhoneNumberFormat.E164),
                UTIL.format(number, PhoneNumberFormat.NATIONAL), mobile);
    }

    /** Answers null when the number is valid, otherwise a message. */
    public static String problem(String raw, String region) {
        try {
            parse(raw, region);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
