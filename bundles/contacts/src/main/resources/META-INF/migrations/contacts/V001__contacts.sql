-- Contacts. The first e-mail and phone are copied onto the row so the list reads one table.
CREATE TABLE op_contact (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_key VARCHAR(200) NOT NULL,
    qualifications VARCHAR(100),
    organisation VARCHAR(200),
    organisation_key VARCHAR(200),
    contact_type VARCHAR(30) NOT NULL,
    npi CHAR(10),
    other_id VARCHAR(30),
    other_id_qualifier CHAR(2),
    messaging_methods VARCHAR(40) NOT NULL,
    primary_email VARCHAR(254),
    primary_phone VARCHAR(40),
    primary_phone_type VARCHAR(10),
    street VARCHAR(200),
    street2 VARCHAR(200),
    city VARCHAR(100),
    state VARCHAR(50),
    postal_code VARCHAR(20),
    country CHAR(2),
    notes VARCHAR(10000),
    archived SMALLINT NOT NULL,
    version INT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36)
);
-- One index per list order, each led by the account and the archived flag the list always filters on; Derby does not
-- read an index backwards for ORDER BY ... DESC, so each descending order has its own. The type indexes also serve
-- the type filter in name order.
CREATE INDEX op_contact_by_name ON op_contact (account_id, archived, name_key, id);
CREATE INDEX op_contact_by_name_desc ON op_contact (account_id, archived, name_key DESC, id DESC);
CREATE INDEX op_contact_by_organisation ON op_contact (account_id, archived, organisation_key, name_key, id);
CREATE INDEX op_contact_by_organisation_desc ON op_contact
    (account_id, archived, organisation_key DESC, name_key DESC, id DESC);
CREATE INDEX op_contact_by_type ON op_contact (account_id, archived, contact_type, name_key, id);
CREATE INDEX op_contact_by_type_desc ON op_contact (account_id, archived, contact_type DESC, name_key DESC, id DESC);

-- Contacts per account, type and archived flag, changed in the same transaction as the contacts: the list's total
-- without counting 100,000 index entries.
CREATE TABLE op_contact_tally (
    account_id VARCHAR(36) NOT NULL,
    contact_type VARCHAR(30) NOT NULL,
    archived SMALLINT NOT NULL,
    total INT NOT NULL,
    PRIMARY KEY (account_id, contact_type, archived)
);

CREATE TABLE op_contact_email (
    contact_id VARCHAR(36) NOT NULL,
    sort_order INT NOT NULL,
    address VARCHAR(254) NOT NULL,
    PRIMARY KEY (contact_id, sort_order),
    CONSTRAINT op_contact_email_contact FOREIGN KEY (contact_id) REFERENCES op_contact (id)
);

CREATE TABLE op_contact_phone (
    contact_id VARCHAR(36) NOT NULL,
    sort_order INT NOT NULL,
    phone_type VARCHAR(10) NOT NULL,
    e164 VARCHAR(20) NOT NULL,
    national_number VARCHAR(40) NOT NULL,
    PRIMARY KEY (contact_id, sort_order),
    CONSTRAINT op_contact_phone_contact FOREIGN KEY (contact_id) REFERENCES op_contact (id)
);

-- Search tokens: lower-cased name and organisation words, e-mail addresses and domains, phone digits (national,
-- E.164 without "+", last seven). A search term is a prefix range on (account_id, token): an index seek. The
-- contact's archived flag, type and sort name are copied into the key so that the list's filters, its count and a
-- page in name order are answered from this index alone; only the rows of the page are then read from op_contact.
CREATE TABLE op_contact_token (
    account_id VARCHAR(36) NOT NULL,
    token VARCHAR(254) NOT NULL,
    archived SMALLINT NOT NULL,
    contact_type VARCHAR(30) NOT NULL,
    name_key VARCHAR(200) NOT NULL,
    contact_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (account_id, token, archived, contact_type, name_key, contact_id),
    CONSTRAINT op_contact_token_contact FOREIGN KEY (contact_id) REFERENCES op_contact (id)
);

CREATE TABLE op_contact_settings (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    default_methods VARCHAR(40) NOT NULL,
    version INT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_contact_settings_account UNIQUE (account_id)
);

-- File details; the bytes are in the file store, named by the row's id.
CREATE TABLE op_contact_file (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    contact_id VARCHAR(36) NOT NULL,
    category VARCHAR(100) NOT NULL,
    category_key VARCHAR(100) NOT NULL,
    name VARCHAR(255) NOT NULL,
    file_date DATE NOT NULL,
    description VARCHAR(2000),
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    version INT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_contact_file_contact FOREIGN KEY (contact_id) REFERENCES op_contact (id)
);
CREATE INDEX op_contact_file_by_contact ON op_contact_file (account_id, contact_id, category_key);

CREATE TABLE op_contact_task (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    contact_id VARCHAR(36) NOT NULL,
    title VARCHAR(200) NOT NULL,
    due_date DATE,
    assignee_id VARCHAR(36),
    done SMALLINT NOT NULL,
    done_at TIMESTAMP,
    done_by VARCHAR(36),
    version INT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_contact_task_contact FOREIGN KEY (contact_id) REFERENCES op_contact (id)
);
CREATE INDEX op_contact_task_by_contact ON op_contact_task (account_id, contact_id, done);
