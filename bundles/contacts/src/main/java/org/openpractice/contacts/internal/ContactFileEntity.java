package org.openpractice.contacts.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.contacts.ContactFile;
import org.openpractice.platform.persistence.AuditedEntity;

/** A stored file's details; the bytes live in the file store under the row's id. */
@Entity
@Table(name = "op_contact_file")
public class ContactFileEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "contact_id")
    public String contactId;
    public String category;
    /** Lower-cased category: files group by it. */
    @Column(name = "category_key")
    public String categoryKey;
    public String name;
    @Column(name = "file_date")
    public LocalDate date;
    public String description;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long size;
    public String sha256;
    @Version
    public int version;

    ContactFile toDto() {
        return new ContactFile(id, contactId, category, name, date, description, contentType, size, sha256,
                createdAt, version);
    }
}
