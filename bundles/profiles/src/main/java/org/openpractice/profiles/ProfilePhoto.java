package org.openpractice.profiles;

import java.time.Instant;

/**
 * A member's stored photo: a square PNG of {@link ProfilePhotoService#SIZE} pixels. {@code etag} changes whenever the
 * picture does, for HTTP caching and for telling whether a shown photo is still current.
 */
public record ProfilePhoto(String memberId, byte[] png, String etag, Instant updatedAt) {
}
