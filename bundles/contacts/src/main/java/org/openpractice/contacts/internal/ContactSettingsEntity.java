package org.openpractice.contacts.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.platform.persistence.AuditedEntity;

/** An account's contact settings; absent until a director or administrative member saves them. */
@Entity
@Table(name = "op_contact_settings")
public class ContactSettingsEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    /** Comma-separated messaging method names; empty for none. */
    @Column(name = "default_methods")
    public String defaultMethods;
    @Version
    public int version;
}
