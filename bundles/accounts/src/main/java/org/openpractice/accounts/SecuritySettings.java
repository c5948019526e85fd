package org.openpractice.accounts;

/** Account settings → Security. */
public record SecuritySettings(boolean requireTwoFactor) {
}
