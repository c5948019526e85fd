/** My Details: each member's provider profile, identifiers, photo and notification settings. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openpractice.profiles;
