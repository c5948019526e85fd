package org.openpractice.platform.validation;

/** US federal tax identifiers: SSN (AAA-GG-SSSS) and EIN (NN-NNNNNNN), with or without hyphens. */
public final class TaxId {
    /** The kind of tax identifier, as box 25 of the CMS-1500 distinguishes them. */
    public enum Type { SSN, EIN }

    private TaxId() {
    }

    /** Answers null when the value is a plausible identifier of the given type, otherwise a message. */
    public static String problem(Type type, String value) {
        if (value == null) {
            return "is required";
        }
        String v = value.strip();
        if (type == Type.SSN) {
            if (!v.matches("\\d{3}-?\\d{2}-?\\d{4}")) {
                return "must be an SSN in the form 123-45-6789";
            }
            String d = Text.digitsOnly(v);
            String area = d.substring(0, 3);
            if (area.equals("000") || area.equals("666") || area.charAt(0) == '9'
                    || d.substring(3, 5).equals("00") || d.substring(5).equals("0000")) {
                return "is not a valid SSN";
            }
            return null;
        }
        if (!v.matches("\\d{2}-?\\d{7}")) {
            return "must be an EIN in the form 12-3456789";
        }
        return Text.digitsOnly(v).startsWith("00") ? "is not a valid EIN" : null;
    }

    /** Guesses the type from the written form: 9 digits grouped 3-2-4 is an SSN, 2-7 an EIN. */
    public static Type detect(String value) {
        String v = value == null ? "" : value.strip();
        if (v.matches("\\d{2}-\\d{7}")) {
            return Type.EIN;
        }
        return Type.SSN;
    }

    /** Digits only, as the CMS-1500 prints them. */
    public static String digits(String value) {
        return Text.digitsOnly(value);
    }

    /** Everything but the last four digits hidden. */
    public static String mask(String value) {
        String d = Text.digitsOnly(value);
        if (d.length() < 4) {
            return "****";
        }
        return "*****" + d.substring(d.length() - 4);
    }
}
