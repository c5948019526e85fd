package org.openpractice.contacts;

/** A way messages reach a contact; e-mail goes to the first address, the others to the first phone number. */
public enum MessagingMethod {
    EMAIL,
    SMS,
    FAX,
    /** Text-to-voice calls. */
    VOICE
}
