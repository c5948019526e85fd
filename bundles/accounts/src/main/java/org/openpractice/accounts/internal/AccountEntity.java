package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A practice (tenant). */
@Entity
@Table(name = "op_account")
public class AccountEntity {
    @Id
    public String id;
    public String name;
    @Column(name = "parent_id")
    public String parentId;
    public String country;
    @Column(name = "time_zone")
    public String timeZone;
    public String currency;
    public String profession;
    @Column(name = "payer_account_id")
    public String payerAccountId;
    @Column(name = "require_two_factor")
    public boolean requireTwoFactor;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
