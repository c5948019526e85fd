package org.openpractice.platform.validation;

/** National Provider Identifier rules: ten digits with a Luhn check digit over "80840" + the first nine. */
public final class Npi {
    private Npi() {
    }

    /** Answers null when {@code npi} is a valid NPI, otherwise a message for the user. */
    public static String problem(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return "must be 10 digits";
        }
        return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0' ? null : "is not a valid NPI (check digit)";
    }

    public static boolean isValid(String npi) {
        return problem(npi) == null;
    }

    /** The Luhn check digit for the nine-digit NPI stem, computed with the 80840 prefix. */
    public static int checkDigit(String stem) {
        String full = "80840" + stem;
        int sum = 0;
        boolean doubleIt = true;
        for (int i = full.length() - 1; i >= 0; i--) {
            int d = full.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
