package org.openpractice.accounts;

import java.time.Instant;

/**
 * Account settings → Legal: the Business Associate Agreement of US accounts. {@code signature} is null until it is
 * signed; once signed it never changes.
 */
public record LegalStatus(boolean applicable, String agreementVersion, String agreementText, Signature signature) {
    /** Who signed which version, and when. */
    public record Signature(String signerName, String signerTitle, String signerEmail, String agreementVersion,
            String agreementSha256, Instant signedAt) {
    }
}
