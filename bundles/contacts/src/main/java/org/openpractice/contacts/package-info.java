/**
 * Contacts of a practice: referring physicians, parents and guardians, care providers and anyone else the
 * practice keeps in touch with, with their files and tasks. Other areas refer to a contact by its id.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openpractice.contacts;
