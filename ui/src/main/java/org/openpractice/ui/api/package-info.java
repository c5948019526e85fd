/**
 * What view bundles use from the UI: the application layout their {@code @Route}s name as {@code layout}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.openpractice.ui.api;
