package org.openpractice.contacts;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Contacts of the active account; ids of other accounts are not found. Every member may read and change them. */
@ProviderType
public interface ContactService {
    ContactPage list(ContactQuery query);

    Contact get(String id);

    Contact create(ContactInput input);

    Contact update(String id, ContactInput input);

    /** Archived contacts leave the list but stay readable; contacts are never deleted. */
    Contact archive(String id);

    Contact restore(String id);

    /** The methods a new contact starts with; readable by every member so forms can pre-select them. */
    List<MessagingMethod> defaultMessagingMethods();

    /** For directors and administrative members. */
    ContactSettings settings();

    /** For directors and administrative members. */
    ContactSettings updateSettings(ContactSettings settings);
}
