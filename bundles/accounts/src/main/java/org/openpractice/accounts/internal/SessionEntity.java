package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A sign-in session; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "op_session")
public class SessionEntity {
    @Id
    public String id;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "login_id")
    public String loginId;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    public boolean revoked;
}
