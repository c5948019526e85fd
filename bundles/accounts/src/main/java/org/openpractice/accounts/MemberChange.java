package org.openpractice.accounts;

/** A director's change to a member: any field left null stays as it is. */
public record MemberChange(String role, Permissions permissions, Boolean active, String displayName) {
}
