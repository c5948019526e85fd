/** Practice locations: where appointments take place and what prints as the service facility on claims. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openpractice.locations;
