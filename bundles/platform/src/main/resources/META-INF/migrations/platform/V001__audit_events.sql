CREATE TABLE op_audit_event (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    account_id VARCHAR(36),
    login_id VARCHAR(36),
    action VARCHAR(100) NOT NULL,
    entity_type VARCHAR(100) NOT NULL,
    entity_id VARCHAR(36),
    detail VARCHAR(1000)
);
CREATE INDEX op_audit_event_account ON op_audit_event (account_id, occurred_at);
CREATE INDEX op_audit_event_entity ON op_audit_event (entity_type, entity_id);
