package org.openpractice.accounts;

/** One account a login belongs to, as the account switcher lists it. */
public record AccountSummary(String id, String name, String parentId, String role, boolean active) {
}
