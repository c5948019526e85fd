package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.openpractice.accounts.Invitation;
import org.openpractice.platform.security.Role;

/** An invitation to join an account; only the hash of its token is stored. */
@Entity
@Table(name = "op_invitation")
public class InvitationEntity {
    @Id
    public String id;
    @Column(name = "account_id")
    public String accountId;
    public String email;
    @Column(name = "display_name")
    public String displayName;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "invited_by")
    public String invitedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "accepted_login_id")
    public String acceptedLoginId;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    String status(Instant now) {
        if (acceptedAt != null) {
            return "ACCEPTED";
        }
        if (revokedAt != null) {
            return "REVOKED";
        }
        return expiresAt.isBefore(now) ? "EXPIRED" : "PENDING";
    }

    Invitation toDto(Instant now) {
        return new Invitation(id, email, displayName, role.name(), status(now), createdAt, expiresAt);
    }
}
