package org.openpractice.contacts;

import java.util.List;

/**
 * A contact as the API answers it. Messages use the first e-mail address and the first phone number.
 *
 * @param qualifications credentials printed after the name, e.g. "MD" (CMS-1500 box 17)
 * @param otherIdQualifier 0B, 1G, G2, LU or ZZ (CMS-1500 box 17a)
 */
public record Contact(String id, String name, String qualifications, String organisation, ContactType type,
        String npi, String otherId, String otherIdQualifier, List<MessagingMethod> messagingMethods,
        List<String> emails, List<Phone> phones, ContactAddress address, String notes, boolean archived,
        int version) {
}
