package org.openpractice.contacts;

import java.time.LocalDate;

/**
 * What a member enters to add or change a task. {@code assigneeId} is a member id of the active account or null;
 * {@code done} null counts as false; {@code version} guards against lost updates on change.
 */
public record TaskInput(String title, LocalDate dueDate, String assigneeId, Boolean done, Integer version) {
}
