package org.openpractice.ui.api;

import java.util.function.Function;

import org.openpractice.platform.DomainException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** OSGi services for views, taken for one call and released at once, so a module can leave at any time. */
public final class Services {
    private Services() {
    }

    /**
     * Runs {@code work} with the service of {@code type} seen from {@code caller}'s bundle; fails as "unavailable"
     * when the module providing it is not installed.
     */
    public static <T, R> R call(Class<?> caller, Class<T> type, Function<T, R> work) {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<T> ref = context == null ? null : context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        if (service == null) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "unavailable",
                    "This part of OpenPractice is not installed or is starting; try again in a moment");
        }
        try {
            return work.apply(service);
        } finally {
            context.ungetService(ref);
        }
    }
}
