/** Encryption of sensitive identifiers (tax IDs) at rest. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openpractice.platform.crypto;
