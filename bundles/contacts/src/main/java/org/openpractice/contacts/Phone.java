package org.openpractice.contacts;

/**
 * A contact's phone number. {@code number} is answered in national form, e.g. "(415) 555-0134";
 * {@code e164} (e.g. "+14155550134") is answered and ignored on input.
 */
public record Phone(PhoneType type, String number, String e164) {
}
