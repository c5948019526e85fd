-- A member's profile photo: the cropped square re-encoded as a 256x256 PNG (nothing of the uploaded file is kept).
-- etag changes with the picture, for HTTP caching and the browser's image cache.
CREATE TABLE op_profile_photo (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    member_id VARCHAR(36) NOT NULL,
    png BLOB(2M) NOT NULL,
    etag VARCHAR(64) NOT NULL,
    version INT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(36),
    CONSTRAINT op_profile_photo_member UNIQUE (member_id)
);
CREATE INDEX op_profile_photo_by_account ON op_profile_photo (account_id, member_id);
