package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A person's credentials; may be a member of many accounts. */
@Entity
@Table(name = "op_login")
public class LoginEntity {
    @Id
    public String id;
    /** Lower-cased login e-mail. */
    public String email;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "last_account_id")
    public String lastAccountId;
    /** The TOTP secret, encrypted with the field key; null while two-factor authentication is off. */
    @Column(name = "totp_secret")
    public String totpSecret;
    /** A secret shown for enrolment, encrypted, waiting for its first code. */
    @Column(name = "totp_pending_secret")
    public String totpPendingSecret;
    @Column(name = "totp_enabled_at")
    public Instant totpEnabledAt;
    /** The last TOTP step accepted; a code of this step or an earlier one is refused (no replay). */
    @Column(name = "totp_last_step")
    public long totpLastStep;
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
