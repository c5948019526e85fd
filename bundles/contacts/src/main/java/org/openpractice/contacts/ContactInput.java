package org.openpractice.contacts;

import java.util.List;

/**
 * What a member enters to add or change a contact. {@code messagingMethods} null means the account's defaults
 * (on create) or no change (on update); {@code version} guards against lost updates on change.
 */
public record ContactInput(String name, String qualifications, String organisation, ContactType type, String npi,
        String otherId, String otherIdQualifier, List<MessagingMethod> messagingMethods, List<String> emails,
        List<Phone> phones, ContactAddress address, String notes, Integer version) {
}
