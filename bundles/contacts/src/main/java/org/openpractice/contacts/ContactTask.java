package org.openpractice.contacts;

import java.time.Instant;
import java.time.LocalDate;

/** A to-do about a contact; {@code assigneeName} is the assigned member's display name when there is one. */
public record ContactTask(String id, String contactId, String title, LocalDate dueDate, String assigneeId,
        String assigneeName, boolean done, Instant doneAt, int version) {
}
