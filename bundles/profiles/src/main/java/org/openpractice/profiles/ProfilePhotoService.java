package org.openpractice.profiles;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Members' profile photos in the active account, with the access rules of {@link ProfileService}: a member works on
 * their own photo, directors on anyone's (403 otherwise), ids of other accounts' members are not found. A photo is
 * stored as a {@value #SIZE}×{@value #SIZE} PNG re-encoded from the upload, so nothing of the uploaded file (type,
 * metadata, location tags) is kept.
 */
@ProviderType
public interface ProfilePhotoService {
    /** Largest upload accepted, in bytes (5 MB). */
    int MAX_BYTES = 5 * 1024 * 1024;
    /** Side of the stored square, in pixels. */
    int SIZE = 256;

    /** The member's photo; empty when they have none. */
    Optional<ProfilePhoto> photo(String memberId);

    /**
     * Sets the member's photo from an uploaded JPEG, PNG or WebP image (its type is read from its content, not from
     * a name or declared type). {@code crop} is the square to keep, in the image's pixels; null keeps the largest
     * centred square. Fails per field: {@code photo} for a file that is too large, of another type, damaged or too
     * many pixels; {@code crop} for a square that is not inside the image. Audited.
     */
    ProfilePhoto setPhoto(String memberId, byte[] image, PhotoCrop crop);

    /** Removes the member's photo, if any; audited. */
    void removePhoto(String memberId);

    /**
     * Checks an upload before a browser crops it: size, type from the content, and dimensions read from the header
     * without decoding the pixels. Fails like {@link #setPhoto}.
     */
    PhotoSource inspect(byte[] image);
}
