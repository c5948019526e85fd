package org.openpractice.accounts;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The acting login's password and two-factor authentication, and the forgotten-password flow. Methods that act for
 * a signed-in member use {@link org.openpractice.platform.security.RequestContext}.
 */
@ProviderType
public interface LoginSecurityService {
    /**
     * Replaces the password after checking the current one; the new one must satisfy the password policy. Every
     * other session of the login ends; the one in use stays.
     */
    void changePassword(String currentPassword, String newPassword);

    /**
     * Mails a single-use link valid for one hour when {@code email} belongs to a login. Answers the same whether it
     * does or not, so nobody learns which e-mails are registered.
     */
    void requestPasswordReset(String email, String clientAddress);

    /** Sets a new password with the token from the link; ends every session of the login. */
    void resetPassword(String token, String newPassword);

    TwoFactorStatus twoFactorStatus();

    /** Starts (or restarts) enrolment: a new secret to show once, as text and as a QR code. */
    TwoFactorEnrolment startTwoFactor();

    /** Finishes enrolment with a code from the app; answers the ten recovery codes, shown only now. */
    RecoveryCodes confirmTwoFactor(String code);

    /** Turns two-factor authentication off; needs a current code or a recovery code. */
    void disableTwoFactor(String code);

    /** Replaces the recovery codes (the old ones stop working); needs a current code or a recovery code. */
    RecoveryCodes newRecoveryCodes(String code);
}
