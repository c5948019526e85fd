package org.openpractice.profiles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openpractice.platform.validation.Emails;
import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Npi;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.platform.validation.Phones;
import org.openpractice.platform.validation.TaxId;
import org.openpractice.platform.validation.Text;
import org.openpractice.profiles.Phone;
import org.openpractice.profiles.ProfileInput;
import org.openpractice.profiles.Title;

/** The rules of My Details, checked once for REST and UI alike; answers the values to store or fails per field. */
final class ProfileRules {
    static final int NAME_MAX = 100;
    static final int CREDENTIALS_MAX = 100;
    static final int NPI_LABEL_MAX = 100;
    static final int DESCRIPTION_MAX = 2000;

    /** What happens to the stored tax ID: kept, removed, or replaced by {@code digits} of {@code type}. */
    record TaxIdChange(Kind kind, String digits, TaxId.Type type) {
        enum Kind { KEEP, CLEAR, SET }

        static final TaxIdChange KEEP = new TaxIdChange(Kind.KEEP, null, null);
        static final TaxIdChange CLEAR = new TaxIdChange(Kind.CLEAR, null, null);
    }

    /** Input that passed every rule, trimmed and normalised. */
    record Checked(Title title, String firstName, String lastName, String credentials, String contactEmail,
            List<PhoneValue> phones, String npi, String npiLabel, TaxIdChange taxId, String otherId,
            String otherIdQualifier, String providerDescription) {
    }

    private ProfileRules() {
    }

    /**
     * @param region the account's country, for phone numbers written without +country code
     * @param storedMask the masked tax ID the member was shown (null when none is stored): sending it back keeps it
     */
    static Checked check(ProfileInput in, String region, String storedMask) {
        Errors errors = new Errors();
        if (in == null) {
            errors.add("firstName", "is required").add("lastName", "is required").throwIfAny();
        }
        String first = errors.required("firstName", in.firstName());
        errors.maxLength("firstName", first, NAME_MAX);
        String last = errors.required("lastName", in.lastName());
        errors.maxLength("lastName", last, NAME_MAX);
        String credentials = errors.maxLength("credentials", in.credentials(), CREDENTIALS_MAX);
        String email = errors.check("contactEmail", Text.trimToNull(in.contactEmail()), Emails::problem);
        List<PhoneValue> phones = phones(errors, in.phones(), region);
        String npi = errors.check("npi", Text.trimToNull(in.npi()), Npi::problem);
        String npiLabel = errors.maxLength("npiLabel", in.npiLabel(), NPI_LABEL_MAX);
        if (npiLabel != null && npi == null) {
            errors.add("npiLabel", "names an NPI: enter the NPI too, or leave the label empty");
        }
        TaxIdChange taxId = taxId(errors, in.taxId(), in.taxIdType(), storedMask);
        String otherId = Text.trimToNull(in.otherId());
        String qualifier = Text.trimToNull(in.otherIdQualifier());
        qualifier = qualifier == null ? null : qualifier.toUpperCase(Locale.ROOT);
        OtherId.check(errors, "otherId", otherId, "otherIdQualifier", qualifier);
        String description = errors.maxLength("providerDescription", in.providerDescription(), DESCRIPTION_MAX);
        errors.throwIfAny();
        return new Checked(in.title() == null ? Title.NONE : in.title(), first, last, credentials,
                Emails.normalise(email), phones, npi, npiLabel, taxId, otherId, qualifier, description);
    }

    private static List<PhoneValue> phones(Errors errors, List<Phone> input, String region) {
        List<PhoneValue> result = new ArrayList<>();
        if (input == null) {
            return result;
        }
        for (int i = 0; i < input.size(); i++) {
            Phone phone = input.get(i);
            String field = "phones[" + i + "]";
            if (phone == null) {
                errors.add(field, "must not be empty: remove it or enter a number");
                continue;
            }
            if (phone.type() == null) {
                errors.add(field + ".type", "is required: CELL, HOME, WORK, AFTER_HOURS, FAX or OTHER");
            }
            try {
                Phones.Parsed parsed = Phones.parse(phone.number(), region);
                result.add(new PhoneValue(phone.type(), parsed.e164(), parsed.national()));
            } catch (IllegalArgumentException e) {
                errors.add(field + ".number", e.getMessage());
            }
        }
        return result;
    }

    /** Blank removes the tax ID, the masked value as shown keeps it, anything else must be an SSN or EIN. */
    static TaxIdChange taxId(Errors errors, String raw, TaxId.Type type, String storedMask) {
        String value = Text.trimToNull(raw);
        if (value == null) {
            return TaxIdChange.CLEAR;
        }
        if (value.equals(storedMask)) {
            return TaxIdChange.KEEP;
        }
        if (value.indexOf('*') >= 0) {
            errors.add("taxId", "enter the full tax ID, or send the masked value unchanged to keep the stored one");
            return TaxIdChange.KEEP;
        }
        if (type != null) {
            String problem = TaxId.problem(type, value);
            if (problem != null) {
                errors.add("taxId", problem);
                return TaxIdChange.KEEP;
            }
            return new TaxIdChange(TaxIdChange.Kind.SET, TaxId.digits(value), type);
        }
        TaxId.Type guess = TaxId.detect(value);
        TaxId.Type other = guess == TaxId.Type.SSN ? TaxId.Type.EIN : TaxId.Type.SSN;
        for (TaxId.Type candidate : List.of(guess, other)) {
            if (TaxId.problem(candidate, value) == null) {
                return new TaxIdChange(TaxIdChange.Kind.SET, TaxId.digits(value), candidate);
            }
        }
        errors.add("taxId", "must be an SSN (123-45-6789) or an EIN (12-3456789)");
        return TaxIdChange.KEEP;
    }

    /** The written form of stored tax ID digits: 123-45-6789 for an SSN, 12-3456789 for an EIN. */
    static String format(String digits, TaxId.Type type) {
        if (digits.length() != 9) {
            return digits;
        }
        return type == TaxId.Type.EIN ? digits.substring(0, 2) + "-" + digits.substring(2)
                : digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }
}
