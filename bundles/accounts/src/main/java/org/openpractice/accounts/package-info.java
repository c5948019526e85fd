/** Logins, accounts, memberships and sign-in sessions. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.openpractice.accounts;
