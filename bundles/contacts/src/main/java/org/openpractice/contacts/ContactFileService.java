package org.openpractice.contacts;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Files on a contact's file. Every upload is checked for its real type and scanned for viruses before anything is
 * stored; an infected file, a refused type or an unreachable scanner stores nothing.
 */
@ProviderType
public interface ContactFileService {
    /** Grouped by category (alphabetical), newest date first inside each. */
    List<FileCategory> files(String contactId);

    ContactFile file(String contactId, String fileId);

    /** Reads {@code content} to its end (up to the configured size limit); the caller closes it. */
    ContactFile upload(String contactId, FileDetails details, InputStream content);

    ContactFile update(String contactId, String fileId, FileDetails details);

    void delete(String contactId, String fileId);

    FileContent content(String contactId, String fileId);
}
