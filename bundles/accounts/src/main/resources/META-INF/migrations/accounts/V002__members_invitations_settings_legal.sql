-- Account settings: who pays the subscription, and the 2FA policy.
ALTER TABLE op_account ADD COLUMN payer_account_id VARCHAR(36);
ALTER TABLE op_account ADD COLUMN require_two_factor SMALLINT NOT NULL DEFAULT 0;
UPDATE op_account SET payer_account_id = COALESCE(parent_id, id);

-- Per-member permissions on top of the role (null = the role's default).
ALTER TABLE op_membership ADD COLUMN access_billing SMALLINT;
ALTER TABLE op_membership ADD COLUMN show_on_calendar SMALLINT;
ALTER TABLE op_membership ADD COLUMN only_assigned_clients SMALLINT;
ALTER TABLE op_membership ADD COLUMN edit_own_availability SMALLINT;
ALTER TABLE op_membership ADD COLUMN edit_document_templates SMALLINT;
ALTER TABLE op_membership ADD COLUMN deactivated_at TIMESTAMP;
ALTER TABLE op_membership ADD COLUMN deactivated_by VARCHAR(36);

CREATE TABLE op_invitation (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    email VARCHAR(254) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    invited_by VARCHAR(36) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    accepted_login_id VARCHAR(36),
    revoked_at TIMESTAMP,
    CONSTRAINT op_invitation_token UNIQUE (token_hash),
    CONSTRAINT op_invitation_account FOREIGN KEY (account_id) REFERENCES op_account (id)
);
CREATE INDEX op_invitation_by_account ON op_invitation (account_id, created_at);

-- Signed Business Associate Agreements: rows are only ever inserted.
CREATE TABLE op_baa_signature (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    agreement_version VARCHAR(20) NOT NULL,
    agreement_sha256 CHAR(64) NOT NULL,
    signer_login_id VARCHAR(36) NOT NULL,
    signer_name VARCHAR(200) NOT NULL,
    signer_title VARCHAR(200),
    signed_at TIMESTAMP NOT NULL,
    CONSTRAINT op_baa_signature_once UNIQUE (account_id, agreement_version),
    CONSTRAINT op_baa_signature_account FOREIGN KEY (account_id) REFERENCES op_account (id)
);
-- Derby has no SIGNAL: each trigger fails the statement with a cast that can only fail at run time.
CREATE TRIGGER op_baa_signature_no_update NO CASCADE BEFORE UPDATE ON op_baa_signature
    REFERENCING OLD AS signed FOR EACH ROW VALUES CAST('signed agreement is immutable ' || signed.id AS INT);
CREATE TRIGGER op_baa_signature_no_delete NO CASCADE BEFORE DELETE ON op_baa_signature
    REFERENCING OLD AS signed FOR EACH ROW VALUES CAST('signed agreement is immutable ' || signed.id AS INT);
