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
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
