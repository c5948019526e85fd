package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.openpractice.platform.security.Role;

/** A login inside an account, with a role. */
@Entity
@Table(name = "op_membership")
public class MembershipEntity {
    @Id
    public String id;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "login_id")
    public String loginId;
    @Enumerated(EnumType.STRING)
    public Role role;
    public boolean active;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
