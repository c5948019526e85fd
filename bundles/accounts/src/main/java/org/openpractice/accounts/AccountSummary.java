package org.openpractice.accounts;

/**
 * One account a login belongs to, as the account switcher lists it; {@code payerAccountId} is the account that pays
 * its subscription (itself, or the parent of a child account).
 */
public record AccountSummary(String id, String name, String parentId, String payerAccountId, String role,
        boolean active) {
}
