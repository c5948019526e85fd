package org.openpractice.contacts.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Version;

import org.openpractice.contacts.ContactTask;
import org.openpractice.platform.persistence.AuditedEntity;

/** A stored task on a contact's file. */
@Entity
@Table(name = "op_contact_task")
public class ContactTaskEntity extends AuditedEntity {
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "contact_id")
    public String contactId;
    public String title;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "assignee_id")
    public String assigneeId;
    public boolean done;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "done_by")
    public String doneBy;
    @Version
    public int version;

    ContactTask toDto(String assigneeName) {
        return new ContactTask(id, contactId, title, dueDate, assigneeId, assigneeName, done, doneAt, version);
    }
}
