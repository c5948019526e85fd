package org.openpractice.accounts;

import java.time.Instant;

/**
 * Two-factor authentication of the acting login.
 *
 * @param enabled sign-in asks for a code
 * @param requiredByAccount the active account requires it (Account settings → Security)
 * @param recoveryCodesLeft unused recovery codes
 * @param enabledAt when it was turned on, or null
 */
public record TwoFactorStatus(boolean enabled, boolean requiredByAccount, int recoveryCodesLeft, Instant enabledAt) {
}
