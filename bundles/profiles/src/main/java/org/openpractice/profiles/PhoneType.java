package org.openpractice.profiles;

/** What a member's phone number is for. */
public enum PhoneType {
    CELL,
    HOME,
    WORK,
    AFTER_HOURS,
    FAX,
    OTHER
}
