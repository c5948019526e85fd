CREATE TABLE op_account (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    parent_id VARCHAR(36),
    country CHAR(2) NOT NULL,
    time_zone VARCHAR(64) NOT NULL,
    currency CHAR(3) NOT NULL,
    profession VARCHAR(100),
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_account_parent FOREIGN KEY (parent_id) REFERENCES op_account (id)
);
CREATE TABLE op_login (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    email VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    last_account_id VARCHAR(36),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CONSTRAINT op_login_email UNIQUE (email)
);
CREATE TABLE op_membership (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    login_id VARCHAR(36) NOT NULL,
    role VARCHAR(20) NOT NULL,
    active SMALLINT NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_membership_account FOREIGN KEY (account_id) REFERENCES op_account (id),
    CONSTRAINT op_membership_login FOREIGN KEY (login_id) REFERENCES op_login (id),
    CONSTRAINT op_membership_unique UNIQUE (account_id, login_id)
);
CREATE INDEX op_membership_by_login ON op_membership (login_id);
CREATE TABLE op_session (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    token_hash CHAR(64) NOT NULL,
    login_id VARCHAR(36) NOT NULL,
    account_id VARCHAR(36) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked SMALLINT NOT NULL,
    CONSTRAINT op_session_token UNIQUE (token_hash),
    CONSTRAINT op_session_login FOREIGN KEY (login_id) REFERENCES op_login (id)
);
CREATE INDEX op_session_by_login ON op_session (login_id);
