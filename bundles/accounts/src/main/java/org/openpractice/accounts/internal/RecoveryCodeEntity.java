package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A single-use recovery code of a login with two-factor authentication, kept as a hash. */
@Entity
@Table(name = "op_recovery_code")
public class RecoveryCodeEntity {
    @Id
    public String id;
    @Column(name = "login_id")
    public String loginId;
    @Column(name = "code_hash")
    public String codeHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "used_at")
    public Instant usedAt;
}
