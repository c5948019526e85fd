package org.openpractice.contacts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.openpractice.contacts.ContactAddress;
import org.openpractice.contacts.ContactInput;
import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.contacts.Phone;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.validation.Emails;
import org.openpractice.platform.validation.Errors;
import org.openpractice.platform.validation.Npi;
import org.openpractice.platform.validation.OtherId;
import org.openpractice.platform.validation.Phones;
import org.openpractice.platform.validation.Text;
import org.openpractice.platform.validation.UsAddresses;

/** The rules of a contact, checked once for REST and UI alike; answers the normalised values or fails per field. */
final class ContactRules {
    /** What a new contact gets while the account has not chosen its defaults. */
    static final List<MessagingMethod> FALLBACK_DEFAULTS = List.of(MessagingMethod.EMAIL);
    /** Region for numbers written without an international prefix. */
    static final String PHONE_REGION = "US";
    /** Far more than anyone keeps; only there so one request cannot store millions. */
    static final int MAX_ENTRIES = 100;

    /** A contact that passed every rule, normalised for storage. */
    record Valid(String name, String qualifications, String organisation, ContactType type, String npi,
            String otherId, String otherIdQualifier, List<MessagingMethod> methods, List<String> emails,
            List<PhoneValue> phones, ContactAddress address, String notes) {
    }

    private ContactRules() {
    }

    /**
     * Checks {@code in}; {@code methodsWhenAbsent} applies when the input names no messaging methods (the account's
     * defaults for a new contact, the stored ones for a change).
     */
    static Valid check(ContactInput in, List<MessagingMethod> methodsWhenAbsent) {
        Errors errors = new Errors();
        if (in == null) {
            errors.add("name", "is required").throwIfAny();
        }
        String name = errors.required("name", in.name());
        errors.maxLength("name", name, 200);
        String qualifications = errors.maxLength("qualifications", in.qualifications(), 100);
        String organisation = errors.maxLength("organisation", in.organisation(), 200);
        if (in.type() == null) {
            errors.add("type", "is required: one of " + Arrays.stream(ContactType.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        String npi = Text.trimToNull(in.npi());
        errors.check("npi", npi, Npi::problem);
        OtherId.check(errors, "otherId", in.otherId(), "otherIdQualifier", in.otherIdQualifier());
        List<MessagingMethod> methods = methods(errors, in.messagingMethods() == null ? methodsWhenAbsent
                : in.messagingMethods());
        List<String> emails = emails(errors, in.emails());
        List<PhoneValue> phones = phones(errors, in.phones(), methods.contains(MessagingMethod.SMS));
        ContactAddress address = address(errors, in.address());
        String notes = errors.maxLength("notes", in.notes(), 10000);
        errors.throwIfAny();
        return new Valid(name, qualifications, organisation, in.type(), npi, Text.trimToNull(in.otherId()),
                Text.trimToNull(in.otherIdQualifier()), methods, emails, phones, address, notes);
    }

    /** Distinct, in declaration order; a missing entry is reported. */
    static List<MessagingMethod> methods(Errors errors, List<MessagingMethod> methods) {
        Set<MessagingMethod> set = EnumSet.noneOf(MessagingMethod.class);
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i) == null) {
                errors.add("messagingMethods[" + i + "]", "must be one of EMAIL, SMS, FAX, VOICE");
            } else {
                set.add(methods.get(i));
            }
        }
        return List.copyOf(set);
    }

    static String formatMethods(List<MessagingMethod> methods) {
        return methods.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static List<MessagingMethod> parseMethods(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        Set<MessagingMethod> set = EnumSet.noneOf(MessagingMethod.class);
        for (String name : stored.split(",")) {
            set.add(MessagingMethod.valueOf(name.strip()));
        }
        return List.copyOf(set);
    }

    private static List<String> emails(Errors errors, List<String> emails) {
        List<String> result = new ArrayList<>();
        if (emails == null) {
            return result;
        }
        if (emails.size() > MAX_ENTRIES) {
            errors.add("emails", "may hold at most " + MAX_ENTRIES + " addresses");
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            String field = "emails[" + i + "]";
            String email = errors.required(field, emails.get(i));
            errors.check(field, email, Emails::problem);
            if (errors.has(field)) {
                continue;
            }
            String normal = Emails.normalise(email);
            if (!seen.add(normal)) {
                errors.add(field, "is listed twice");
            }
            result.add(normal);
        }
        return result;
    }

    private static List<PhoneValue> phones(Errors errors, List<Phone> phones, boolean sms) {
        List<PhoneValue> result = new ArrayList<>();
        int count = phones == null ? 0 : phones.size();
        if (count > MAX_ENTRIES) {
            errors.add("phones", "may hold at most " + MAX_ENTRIES + " numbers");
            return result;
        }
        for (int i = 0; i < count; i++) {
            String field = "phones[" + i + "]";
            Phone phone = phones.get(i);
            if (phone == null) {
                errors.add(field, "is required");
                continue;
            }
            if (phone.type() == null) {
                errors.add(field + ".type", "is required: one of " + Arrays.stream(PhoneType.values())
                        .map(Enum::name).collect(Collectors.joining(", ")));
            }
            try {
                Phones.Parsed parsed = Phones.parse(phone.number(), PHONE_REGION);
                if (i == 0 && sms && phone.type() == PhoneType.CELL && !parsed.mobileCapable()) {
                    errors.add(field + ".number", "is not a cell phone number, so it cannot receive SMS");
                }
                result.add(new PhoneValue(phone.type(), parsed.e164(), parsed.national()));
            } catch (IllegalArgumentException e) {
                errors.add(field + ".number", e.getMessage());
            }
        }
        if (sms && count == 0) {
            errors.add("phones", "SMS needs a cell phone number as the first number: add one or untick SMS");
        } else if (sms && phones.get(0) != null && phones.get(0).type() != null
                && phones.get(0).type() != PhoneType.CELL) {
            errors.add("phones[0].type", "must be CELL while SMS is a messaging method: SMS goes to the first number");
        }
        return result;
    }

    private static ContactAddress address(Errors errors, ContactAddress a) {
        if (a == null) {
            return null;
        }
        String street = errors.maxLength("address.street", a.street(), 200);
        String street2 = errors.maxLength("address.street2", a.street2(), 200);
        String city = errors.maxLength("address.city", a.city(), 100);
        String state = errors.maxLength("address.state", a.state(), 50);
        String zip = errors.maxLength("address.postalCode", a.postalCode(), 20);
        String country = Text.trimToNull(a.country());
        country = country == null ? "US" : country.toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            errors.add("address.country", "must be a two-letter country code such as US");
        }
        if (street == null && street2 == null && city == null && state == null && zip == null) {
            return null;
        }
        if ("US".equals(country)) {
            errors.check("address.state", state, UsAddresses::stateProblem);
            errors.check("address.postalCode", zip, UsAddresses::zipProblem);
            state = state == null ? null : state.toUpperCase(Locale.ROOT);
        }
        return new ContactAddress(street, street2, city, state, zip, country);
    }
}
