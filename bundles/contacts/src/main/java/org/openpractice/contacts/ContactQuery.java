package org.openpractice.contacts;

/**
 * A page of the contact list.
 *
 * @param q words matched as prefixes of name and organisation words, e-mail addresses and phone numbers
 *     (formatting ignored); every word must match; null or blank lists everything
 * @param type only contacts of this type, or null for all
 * @param sort "name", "organisation", "type", "email" (the first address) or "phone" (the first number), with a
 *     leading "-" for descending; null means "name". Contacts without the value come last, or first when descending
 * @param page zero-based page number
 * @param size rows per page, 1 to 200
 */
public record ContactQuery(String q, ContactType type, String sort, int page, int size, boolean includeArchived) {
    public static final int MAX_SIZE = 200;

    /** The first page of 50, sorted by name, without archived contacts. */
    public static ContactQuery firstPage(String q) {
        return new ContactQuery(q, null, null, 0, 50, false);
    }
}
