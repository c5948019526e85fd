-- Appointment types belong to the catalogue owner: the account itself, or the parent of a child account.
CREATE TABLE op_appointment_type (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    catalog_account_id VARCHAR(36) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_key VARCHAR(200) NOT NULL,
    duration_minutes INT NOT NULL,
    archived SMALLINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_appointment_type_name UNIQUE (catalog_account_id, name_key)
);
