package org.openpractice.contacts.internal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.openpractice.contacts.ContactType;
import org.openpractice.contacts.MessagingMethod;
import org.openpractice.contacts.PhoneType;
import org.openpractice.platform.DomainException;

/** How the contact screens word the contacts area's values. */
final class ContactText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    private ContactText() {
    }

    static String type(ContactType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case PARENT_GUARDIAN -> "Parent/guardian";
            case PHYSICIAN -> "Physician";
            case COMMUNITY_CARE -> "Community care";
            case AGED_CARE_FACILITY -> "Aged care facility";
            case OTHER -> "Other";
        };
    }

    static String phoneType(PhoneType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case CELL -> "Cell";
            case HOME -> "Home";
            case WORK -> "Work";
            case FAX -> "Fax";
            case OTHER -> "Other";
        };
    }

    static String method(MessagingMethod method) {
        return switch (method) {
            case EMAIL -> "E-mail";
            case SMS -> "SMS";
            case FAX -> "Fax";
            case VOICE -> "Voice (text-to-speech)";
        };
    }

    /** "Dr Ann Lee, MD" */
    static String nameWithQualifications(String name, String qualifications) {
        return qualifications == null || qualifications.isBlank() ? name : name + ", " + qualifications;
    }

    /** "(415) 555-0134 (cell)", or empty. */
    static String phone(String number, PhoneType type) {
        if (number == null || number.isBlank()) {
            return "";
        }
        return type == null ? number : number + " (" + phoneType(type).toLowerCase(Locale.ROOT) + ")";
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "12 KB", "3.4 MB" */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.US, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Why {@code fileName} was not stored, in words that name the file and say what to do. */
    static String refusal(String fileName, DomainException e) {
        if ("scanner_unavailable".equals(e.code())) {
            return "Upload refused: the virus scanner is unavailable, so " + fileName + " was not stored. Try again"
                    + " later.";
        }
        String why = "virus_found".equals(e.code()) ? e.getMessage() : e.fields().getOrDefault("file", e.getMessage());
        // "The file contains a virus (...) and was not stored" speaks of the file: name it instead.
        String text = why.startsWith("The file ") ? fileName + why.substring("The file".length())
                : fileName + " was not stored: " + lowerFirst(why);
        return text.endsWith(".") ? text : text + ".";
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
