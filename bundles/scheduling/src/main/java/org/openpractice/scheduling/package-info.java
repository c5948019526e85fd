/** Scheduling: appointment types now; appointments arrive with the clients area. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openpractice.scheduling;
