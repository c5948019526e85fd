-- The signer's e-mail is part of the signature: stored when the agreement is signed, so that a later change of the
-- login's e-mail does not alter a signed agreement. Rows signed before this column existed get the e-mail the login
-- has now; the immutability trigger is lifted for that one update and set again.
ALTER TABLE op_baa_signature ADD COLUMN signer_email VARCHAR(254);
DROP TRIGGER op_baa_signature_no_update;
UPDATE op_baa_signature SET signer_email = (SELECT l.email FROM op_login l WHERE l.id = op_baa_signature.signer_login_id);
CREATE TRIGGER op_baa_signature_no_update NO CASCADE BEFORE UPDATE ON op_baa_signature
    REFERENCING OLD AS signed FOR EACH ROW VALUES CAST('signed agreement is immutable ' || signed.id AS INT);
