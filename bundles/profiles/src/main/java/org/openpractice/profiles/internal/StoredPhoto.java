package org.openpractice.profiles.internal;

import java.time.Instant;

/** The answer of a photo upload: whose photo, its new tag, when, and the side of the stored square in pixels. */
public record StoredPhoto(String memberId, String etag, Instant updatedAt, int size) {
}
