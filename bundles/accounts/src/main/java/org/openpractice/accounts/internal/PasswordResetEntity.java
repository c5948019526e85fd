package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A forgotten-password link: single use, expires; the token itself is only in the e-mail. */
@Entity
@Table(name = "op_password_reset")
public class PasswordResetEntity {
    @Id
    public String id;
    @Column(name = "login_id")
    public String loginId;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "used_at")
    public Instant usedAt;
}
