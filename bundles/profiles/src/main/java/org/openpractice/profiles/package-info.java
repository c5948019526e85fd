/** My Details: each member's provider profile, identifiers and notification settings. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openpractice.profiles;
