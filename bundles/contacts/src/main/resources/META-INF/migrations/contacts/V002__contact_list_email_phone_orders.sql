-- The contact list also sorts by its first e-mail address and its first phone number; like the other orders, each
-- direction has an index led by the account and the archived flag, so no page sorts every contact of the account.
CREATE INDEX op_contact_by_email ON op_contact (account_id, archived, primary_email, name_key, id);
CREATE INDEX op_contact_by_email_desc ON op_contact (account_id, archived, primary_email DESC, name_key DESC, id DESC);
CREATE INDEX op_contact_by_phone ON op_contact (account_id, archived, primary_phone, name_key, id);
CREATE INDEX op_contact_by_phone_desc ON op_contact (account_id, archived, primary_phone DESC, name_key DESC, id DESC);
