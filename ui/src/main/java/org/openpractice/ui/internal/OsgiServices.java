package org.openpractice.ui.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * OSGi service look-ups for Vaadin code, which is not made of DS components. One tracker per service type stays open
 * until the UI stops; a service that is absent (not installed or still starting) is an empty {@link Optional}.
 */
public final class OsgiServices implements AutoCloseable {
    private final BundleContext context;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    OsgiServices(BundleContext context) {
        this.context = context;
    }

    /** The context of the bundle holding {@code type}; null outside an OSGi framework or when the bundle is stopped. */
    static BundleContext contextOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? null : bundle.getBundleContext();
    }

    BundleContext context() {
        return context;
    }

    public <T> Optional<T> find(Class<T> type) {
        if (context == null || closed) {
            return Optional.empty();
        }
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, t -> {
            ServiceTracker<Object, Object> opened = new ServiceTracker<>(context, t.getName(), null);
            opened.open();
            return opened;
        });
        Object service = tracker.getService();
        return type.isInstance(service) ? Optional.of(type.cast(service)) : Optional.empty();
    }

    @Override
    public void close() {
        closed = true;
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}
