package org.openpractice.rest.internal;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.openpractice.platform.DomainException;
import org.openpractice.platform.rest.RestApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every failure into {@code {"code","message","fields"}} with the right status; never a stack trace. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("openpractice.errors")
@JaxrsApplicationSelect(RestApi.APPLICATION_SELECT)
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final String OPTIMISTIC_LOCK = "javax.persistence.OptimisticLockException";
    private static final String STALE = "Someone else changed this at the same time; reload and try again";
    private static final String CLASH = "This clashes with something saved at the same moment; reload and try again";
    private final Logger logger = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof DomainException d) {
            return respond(status(d.kind()), d.code(), d.getMessage(), d.fields());
        }
        if (chain(e).stream().anyMatch(ErrorMapper::isOptimisticLock)) {
            logger.warn("Concurrent change refused as stale: {}", summary(e));
            return respond(409, "stale", STALE, Map.of());
        }
        if (chain(e).stream().anyMatch(SQLIntegrityConstraintViolationException.class::isInstance)) {
            logger.warn("Concurrent write refused by a unique constraint: {}", summary(e));
            return respond(409, "conflict", CLASH, Map.of());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type";
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                message = "must be one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return respond(400, "validation_failed", "Some fields are not valid", Map.of(field, message));
        }
        if (e instanceof JsonProcessingException) {
            return respond(400, "malformed_json", "The request body is not valid JSON", Map.of());
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status < 500) {
                return respond(status, codeFor(status), messageFor(status), Map.of());
            }
        }
        String incident = UUID.randomUUID().toString();
        // Exception messages can carry request data; log the type and where it happened, not the message text.
        logger.error("Unexpected failure, incident {}: {} at {}", incident, e.getClass().getName(), where(e));
        logger.debug("Incident {} stack", incident, e);
        return respond(500, "internal_error", "Something went wrong on our side (incident " + incident + ")",
                Map.of());
    }

    /** {@code e} and its causes, outermost first; persistence providers wrap the telling exception deep inside. */
    static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /**
     * Matched by name so that this bundle imports no JPA package: areas may use JPA, the REST application does not
     * need to. The class's supertypes count too, as {@code instanceof} would.
     */
    static boolean isOptimisticLock(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (OPTIMISTIC_LOCK.equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cause chain as type names and SQL states, and where it was thrown. Messages are left out: a persistence
     * message quotes the SQL and its bound values, which can be patient data.
     */
    static String summary(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : chain(e)) {
            text.append(text.length() == 0 ? "" : " < ").append(t.getClass().getName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                text.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
        }
        return text.append(" at ").append(where(e)).toString();
    }

    private static Object where(Throwable e) {
        return e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?";
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY_REQUESTS -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 415 -> "unsupported_media_type";
            default -> "client_error";
        };
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 405 -> "This method is not allowed here";
            case 406 -> "This API answers in JSON only";
            case 415 -> "Send JSON with Content-Type: application/json";
            default -> "The request could not be processed";
        };
    }

    static Response respond(int status, String code, String message, Map<String, String> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new ErrorBody(code, message, fields)).build();
    }
}
