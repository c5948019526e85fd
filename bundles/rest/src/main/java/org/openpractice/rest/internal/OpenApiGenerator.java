package org.openpractice.rest.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

/**
 * Builds an OpenAPI 3 document from JAX-RS annotations of the resource classes registered right now, with
 * schemas for record DTOs, so a module's paths appear and disappear with it.
 */
final class OpenApiGenerator {
    private final Map<String, Object> schemas = new TreeMap<>();

    Map<String, Object> generate(Collection<Class<?>> resources, String version) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        List<Class<?>> sorted = new ArrayList<>(resources);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> type : sorted) {
            Path base = type.getAnnotation(Path.class);
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/api/" + join(base == null ? "" : base.value(), sub == null ? "" : sub.value());
                path = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
                paths.computeIfAbsent(path, p -> new TreeMap<>()).put(verb, operation(type, method));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "OpenPractice API", "version", version));
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("securitySchemes", Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer"),
                "cookie", Map.of("type", "apiKey", "in", "cookie", "name", "OP_SESSION")));
        doc.put("components", components);
        return doc;
    }

    private Map<String, Object> operation(Class<?> type, Method method) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", type.getSimpleName().replace("Resource", "") + "_" + method.getName());
        String module = type.getPackageName().replace("org.openpractice.", "").replace(".internal", "");
        op.put("tags", List.of(module));
        List<Map<String, Object>> params = new ArrayList<>();
        Type body = null;
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(PathParam.class)) {
                params.add(Map.of("name", p.getAnnotation(PathParam.class).value(), "in", "path", "required", true,
                        "schema", schema(p.getParameterizedType())));
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                params.add(Map.of("name", p.getAnnotation(QueryParam.class).value(), "in", "query",
                        "schema", schema(p.getParameterizedType())));
            } else if (!p.isAnnotationPresent(Context.class) && p.getAnnotations().length == 0) {
                body = p.getParameterizedType();
            }
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (body != null) {
            Consumes consumes = method.getAnnotation(Consumes.class);
            String media = consumes == null ? "application/json" : consumes.value()[0];
            op.put("requestBody", Map.of("required", true, "content", Map.of(media, Map.of("schema", schema(body)))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Type returned = method.getGenericReturnType();
        if (returned == void.class) {
            responses.put("204", Map.of("description", "Done"));
        } else if (returned == javax.ws.rs.core.Response.class) {
            responses.put("200", Map.of("description", "OK"));
        } else {
            responses.put("200", Map.of("description", "OK",
                    "content", Map.of("application/json", Map.of("schema", schema(returned)))));
        }
        responses.put("400", Map.of("description", "Invalid input, with a message per field"));
        if (method.isAnnotationPresent(PermitAll.class)) {
            op.put("security", List.of());
        } else {
            responses.put("401", Map.of("description", "Not signed in"));
            responses.put("403", Map.of("description", "Role not allowed"));
            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                op.put("x-roles", List.of(roles.value()));
            }
        }
        responses.put("404", Map.of("description", "Not found (also for ids of other accounts)"));
        op.put("responses", responses);
        return op;
    }

    Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType pt) {
            Type raw = pt.getRawType();
            if (raw instanceof Class<?> c && Collection.class.isAssignableFrom(c)) {
                return Map.of("type", "array", "items", schema(pt.getActualTypeArguments()[0]));
            }
            if (raw instanceof Class<?> c && Map.class.isAssignableFrom(c)) {
                return Map.of("type", "object", "additionalProperties", schema(pt.getActualTypeArguments()[1]));
            }
            return schema(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of("type", "object");
        }
        if (c == String.class || c == char.class) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Map.of("type", "integer");
        }
        if (Number.class.isAssignableFrom(c) || c == double.class) {
            return Map.of("type", "number");
        }
        if (c == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object v : c.getEnumConstants()) {
                values.add(v.toString());
            }
            return Map.of("type", "string", "enum", values);
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of());
                Map<String, Object> props = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.put(rc.getName(), schema(rc.getGenericType()));
                }
                schemas.put(name, Map.of("type", "object", "properties", props));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        if (m.isAnnotationPresent(PATCH.class)) {
            return "patch";
        }
        if (m.isAnnotationPresent(HEAD.class)) {
            return "head";
        }
        if (m.isAnnotationPresent(OPTIONS.class)) {
            return "options";
        }
        return null;
    }

    private static String join(String a, String b) {
        String left = a.replaceAll("^/+|/+$", "");
        String right = b.replaceAll("^/+|/+$", "");
        if (left.isEmpty()) {
            return right;
        }
        return right.isEmpty() ? left : left + "/" + right;
    }
}
