package org.openpractice.contacts;

import java.util.List;

/** A page of contacts and the number of contacts matching the query in all. */
public record ContactPage(List<ContactSummary> items, int page, int size, long total) {
}
