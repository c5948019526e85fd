package org.openpractice.profiles;

/**
 * One of a member's phone numbers. In answers {@code number} is E.164 (e.g. "+12015550123") and {@code display} the
 * national form ("(201) 555-0123"); in input {@code number} may be written any usual way and {@code display} is
 * ignored.
 */
public record Phone(PhoneType type, String number, String display) {
}
