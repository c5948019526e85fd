package org.openpractice.contacts;

import java.time.LocalDate;

/**
 * The editable details of a contact file. On upload a blank category becomes "General" and a missing date
 * today's; {@code version} guards against lost updates on change.
 */
public record FileDetails(String name, String category, LocalDate date, String description, Integer version) {
}
