package org.openpractice.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.openpractice.platform.rest.RestApi;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/openapi.json}: the API as it is right now, from every resource registered to {@code /api}. */
@Component(service = OpenApiResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("openapi.json")
public class OpenApiResource {
    private final BundleContext context;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> openApi() throws InvalidSyntaxException {
        List<Class<?>> classes = new ArrayList<>();
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.jaxrs.resource=true)");
        if (refs != null) {
            for (ServiceReference<?> ref : refs) {
                Object select = ref.getProperty("osgi.jaxrs.application.select");
                if (select == null || !select.toString().contains(RestApi.APPLICATION_NAME)) {
                    continue;
                }
                Class<?> type = resourceClass(ref);
                if (type != null) {
                    classes.add(type);
                }
            }
        }
        return new OpenApiGenerator().generate(classes, context.getBundle().getVersion().toString());
    }

    private <S> Class<?> resourceClass(ServiceReference<S> ref) {
        ServiceObjects<S> objects = context.getServiceObjects(ref);
        if (objects == null) {
            return null;
        }
        S service = objects.getService();
        if (service == null) {
            return null;
        }
        try {
            return service.getClass();
        } finally {
            objects.ungetService(service);
        }
    }
}
