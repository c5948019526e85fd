package org.openpractice.contacts;

import java.util.List;

/** A contact's tasks: open ones by due date (undated last), done ones most recently done first. */
public record TaskList(List<ContactTask> open, List<ContactTask> done) {
}
