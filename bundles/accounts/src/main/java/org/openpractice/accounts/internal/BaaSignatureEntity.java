package org.openpractice.accounts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A signed Business Associate Agreement; inserted once, never updated (the database refuses changes). */
@Entity
@Table(name = "op_baa_signature")
public class BaaSignatureEntity {
    @Id
    public String id;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "agreement_version")
    public String agreementVersion;
    @Column(name = "agreement_sha256")
    public String agreementSha256;
    @Column(name = "signer_login_id")
    public String signerLoginId;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "signer_email")
    public String signerEmail;
    @Column(name = "signer_title")
    public String signerTitle;
    @Column(name = "signed_at")
    public Instant signedAt;
}
