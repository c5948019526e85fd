/** Billing identities of the practice and the provider boxes of the CMS-1500 claim form. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openpractice.billing;
