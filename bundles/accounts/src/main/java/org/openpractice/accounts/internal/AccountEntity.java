package org.openpractice.accounts.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import org.openpractice.platform.persistence.AuditedEntity;

/** A practice (tenant). */
@Entity
@Table(name = "op_account")
public class AccountEntity extends AuditedEntity {
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
}
