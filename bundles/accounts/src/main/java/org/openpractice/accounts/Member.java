package org.openpractice.accounts;

import java.time.Instant;

/** A member of the active account as directors see it in Users. */
public record Member(String id, String loginId, String email, String displayName, String role, boolean active,
        Permissions permissions, Instant createdAt) {
}
