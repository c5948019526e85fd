/** Names every area's REST resources use to join the one OpenPractice JAX-RS application. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openpractice.platform.rest;
