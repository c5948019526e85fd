-- Mailing & billing addresses: one per NPI / tax ID the practice bills under. The tax ID is stored encrypted.
CREATE TABLE op_billing_address (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    provider_name VARCHAR(200) NOT NULL,
    phone_e164 VARCHAR(20) NOT NULL,
    phone_display VARCHAR(40) NOT NULL,
    npi CHAR(10) NOT NULL,
    npi_type VARCHAR(20) NOT NULL,
    tax_id_cipher VARCHAR(200) NOT NULL,
    tax_id_type VARCHAR(3) NOT NULL,
    tax_id_last4 CHAR(4) NOT NULL,
    other_id VARCHAR(30),
    other_id_qualifier CHAR(2),
    street VARCHAR(200) NOT NULL,
    street2 VARCHAR(200),
    city VARCHAR(100) NOT NULL,
    state VARCHAR(50) NOT NULL,
    postal_code VARCHAR(20) NOT NULL,
    country CHAR(2) NOT NULL,
    is_default SMALLINT NOT NULL,
    archived SMALLINT NOT NULL,
    version INT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36)
);
CREATE INDEX op_billing_address_by_account ON op_billing_address (account_id, archived, provider_name);
