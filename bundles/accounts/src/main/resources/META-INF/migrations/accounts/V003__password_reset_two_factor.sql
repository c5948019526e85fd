-- Two-factor authentication (TOTP) on the login: the secret is encrypted with the field key; the last step used is
-- kept so that a code cannot be replayed. A pending secret waits for its first code during enrolment.
ALTER TABLE op_login ADD COLUMN totp_secret VARCHAR(400);
ALTER TABLE op_login ADD COLUMN totp_pending_secret VARCHAR(400);
ALTER TABLE op_login ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE op_login ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
ALTER TABLE op_login ADD COLUMN password_changed_at TIMESTAMP;
-- Single-use recovery codes, stored as SHA-256 hashes.
CREATE TABLE op_recovery_code (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    login_id VARCHAR(36) NOT NULL,
    code_hash CHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    CONSTRAINT op_recovery_code_login FOREIGN KEY (login_id) REFERENCES op_login (id)
);
CREATE INDEX op_recovery_code_by_login ON op_recovery_code (login_id);
-- Forgotten-password links: single use, short-lived, stored as SHA-256 hashes of the token in the link.
CREATE TABLE op_password_reset (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    login_id VARCHAR(36) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    CONSTRAINT op_password_reset_token UNIQUE (token_hash),
    CONSTRAINT op_password_reset_login FOREIGN KEY (login_id) REFERENCES op_login (id)
);
CREATE INDEX op_password_reset_by_login ON op_password_reset (login_id);
