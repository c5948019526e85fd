package org.openpractice.contacts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A file kept on a contact's file. {@code contentType} is what the bytes turned out to be, never what the uploader
 * claimed; {@code sha256} identifies the stored bytes.
 */
public record ContactFile(String id, String contactId, String category, String name, LocalDate date,
        String description, String contentType, long size, String sha256, Instant uploadedAt, int version) {
}
