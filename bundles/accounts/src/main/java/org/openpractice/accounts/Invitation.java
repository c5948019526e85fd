package org.openpractice.accounts;

import java.time.Instant;

/** An invitation to join an account; {@code status} is PENDING, ACCEPTED, EXPIRED or REVOKED. */
public record Invitation(String id, String email, String displayName, String role, String status,
        Instant createdAt, Instant expiresAt) {
}
