package org.openpractice.contacts;

/** What a contact's phone number is; SMS needs a {@link #CELL} number in first place. */
public enum PhoneType {
    CELL,
    HOME,
    WORK,
    FAX,
    OTHER
}
