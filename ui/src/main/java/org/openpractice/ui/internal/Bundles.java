package org.openpractice.ui.internal;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Reads entries of Vaadin's resource-only bundles (flow-push, flow-client), which the WAB cannot import. */
final class Bundles {
    private Bundles() {
    }

    /** The entry at {@code path} of the newest resolved bundle named {@code symbolicName}, or null. */
    static URL entry(BundleContext context, String symbolicName, String path) {
        if (context == null) {
            return null;
        }
        Bundle found = null;
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.INSTALLED
                    && bundle.getState() != Bundle.UNINSTALLED
                    && (found == null || bundle.getVersion().compareTo(found.getVersion()) > 0)) {
                found = bundle;
            }
        }
        return found == null ? null : found.getEntry(path);
    }
}
