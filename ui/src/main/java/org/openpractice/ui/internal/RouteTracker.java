package org.openpractice.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openpractice.platform.ui.UiContributions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.RouteRegistry;

/**
 * Registers the {@code @Route} classes of active bundles that name their view packages in the
 * {@value UiContributions#HEADER} header, and removes them when such a bundle stops.
 */
final class RouteTracker extends BundleTracker<List<Class<? extends Component>>> {
    private final Logger logger = LoggerFactory.getLogger(RouteTracker.class);
    private final RouteRegistry registry;

    RouteTracker(BundleContext context, RouteRegistry registry) {
        super(context, Bundle.ACTIVE, null);
        this.registry = registry;
    }

    @Override
    public List<Class<? extends Component>> addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders().get(UiContributions.HEADER);
        if (header == null || header.isBlank()) {
            return null;
        }
        List<Class<? extends Component>> routes = findRoutes(bundle, header);
        RouteConfiguration configuration = RouteConfiguration.forRegistry(registry);
        registry.update(() -> routes.forEach(route -> {
            try {
                configuration.setAnnotatedRoute(route);
            } catch (RuntimeException e) {
                logger.warn("Route {} of bundle {} was not registered: {}", route.getName(),
                        bundle.getSymbolicName(), e.getMessage());
            }
        }));
        logger.info("Registered {} view(s) of bundle {}", routes.size(), bundle.getSymbolicName());
        return routes;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<Class<? extends Component>> routes) {
        RouteConfiguration configuration = RouteConfiguration.forRegistry(registry);
        registry.update(() -> routes.forEach(configuration::removeRoute));
        logger.info("Removed {} view(s) of bundle {}", routes.size(), bundle.getSymbolicName());
    }

    private List<Class<? extends Component>> findRoutes(Bundle bundle, String header) {
        List<Class<? extends Component>> routes = new ArrayList<>();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return routes;
        }
        for (String clause : header.split(",")) {
            String pkg = clause.split(";")[0].trim();
            if (pkg.isEmpty()) {
                continue;
            }
            Collection<String> resources = wiring.listResources(pkg.replace('.', '/'), "*.class",
                    BundleWiring.LISTRESOURCES_LOCAL);
            for (String resource : resources) {
                String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                loadRoute(bundle, className, routes);
            }
        }
        return routes;
    }

    private void loadRoute(Bundle bundle, String className, List<Class<? extends Component>> routes) {
        try {
            Class<?> type = bundle.loadClass(className);
            if (Component.class.isAssignableFrom(type) && type.isAnnotationPresent(Route.class)) {
                routes.add(type.asSubclass(Component.class));
            }
        } catch (ClassNotFoundException | LinkageError e) {
            logger.warn("Skipped {} of bundle {}: {}", className, bundle.getSymbolicName(), e.toString());
        }
    }
}
