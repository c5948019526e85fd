package org.openpractice.accounts;

/** What the first-run page asks for: the practice and its first director. */
public record FirstRun(String practiceName, String firstName, String lastName, String email, String password,
        String country, String timeZone) {
}
