package org.openpractice.accounts;

/** Settings → New account: a child of the current account, or independent. */
public record NewAccount(String name, boolean child, boolean copyMembers) {
}
