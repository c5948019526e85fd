package org.openpractice.accounts;

import org.openpractice.platform.security.CurrentMember;

/** A new sign-in session: the secret token (shown once) and who it signs in. */
public record SignedIn(String token, CurrentMember member) {
}
