package org.openpractice.contacts;

import java.util.List;

/** The files of one category, newest date first. */
public record FileCategory(String category, List<ContactFile> files) {
}
