package org.openpractice.rest.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.openpractice.platform.module.ModuleDescriptor;
import org.openpractice.platform.persistence.Database;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/health}: UP when the database answers; lists each installed module and its state. */
@Component(service = HealthResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
@Path("health")
public class HealthResource {
    /** The answer of the health check. */
    public record Health(String status, String database, Map<String, String> modules) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = Database.DATA_SOURCE_FILTER)
    volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    final List<ModuleDescriptor> modules = new CopyOnWriteArrayList<>();

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        String database = databaseState();
        Map<String, String> states = new TreeMap<>();
        for (ModuleDescriptor m : modules) {
            states.put(m.id(), m.healthy() ? "UP" : "DOWN");
        }
        boolean up = "UP".equals(database) && !states.containsValue("DOWN");
        return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", database, states)).build();
    }

    private String databaseState() {
        DataSource ds = dataSource;
        if (ds == null) {
            return "DOWN";
        }
        try (Connection c = ds.getConnection()) {
            return c.isValid(2) ? "UP" : "DOWN";
        } catch (Exception e) {
            return "DOWN";
        }
    }
}
