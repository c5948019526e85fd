-- My Details of a member (the accounts area's membership id); created on the member's first save.
-- The tax ID is stored only as FieldCipher ciphertext bound to the row; the last four digits are kept for masking.
CREATE TABLE op_profile (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    member_id VARCHAR(36) NOT NULL,
    title VARCHAR(10) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    credentials VARCHAR(100),
    contact_email VARCHAR(254),
    npi CHAR(10),
    npi_label VARCHAR(100),
    tax_id_ciphertext VARCHAR(200),
    tax_id_type CHAR(3),
    tax_id_last4 CHAR(4),
    other_id VARCHAR(30),
    other_id_qualifier CHAR(2),
    provider_description VARCHAR(2000),
    version INT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_profile_member UNIQUE (member_id)
);
CREATE INDEX op_profile_by_account ON op_profile (account_id, last_name, first_name);

-- Phone numbers of a profile, in the member's order.
CREATE TABLE op_profile_phone (
    profile_id VARCHAR(36) NOT NULL,
    list_index INT NOT NULL,
    phone_type VARCHAR(20) NOT NULL,
    e164 VARCHAR(20) NOT NULL,
    display_number VARCHAR(40) NOT NULL,
    PRIMARY KEY (profile_id, list_index),
    CONSTRAINT op_profile_phone_profile FOREIGN KEY (profile_id) REFERENCES op_profile (id)
);

-- How often a member gets system notification e-mails per category; a missing row means the default.
CREATE TABLE op_notification_setting (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    member_id VARCHAR(36) NOT NULL,
    category VARCHAR(30) NOT NULL,
    frequency VARCHAR(20) NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_notification_setting_once UNIQUE (member_id, category)
);
