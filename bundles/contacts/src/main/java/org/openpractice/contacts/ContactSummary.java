package org.openpractice.contacts;

/** One row of the contact list: what the list shows, read without loading the whole contact. */
public record ContactSummary(String id, String name, String qualifications, String organisation, ContactType type,
        String email, String phone, PhoneType phoneType, boolean archived) {
}
