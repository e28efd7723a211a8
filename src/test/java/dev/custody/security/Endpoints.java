package dev.custody.security;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

/** Every JAX-RS endpoint of the application (the main classes of dev.custody in target/classes), by reflection. */
public final class Endpoints {
    /** An HTTP method on a path template with the {parameters} reduced to their names. */
    public record Endpoint(String method, String path, String consumes) {
        public String key() {
            return method + " " + path;
        }
    }

    private static List<Endpoint> discovered;

    private Endpoints() {
    }

    public static synchronized List<Endpoint> discover() {
        if (discovered == null) {
            List<Endpoint> endpoints = new ArrayList<>();
            for (Class<?> type : mainClasses()) {
                if (type.isAnnotationPresent(Path.class)) {
                    endpoints.addAll(of(type));
                }
            }
            discovered = List.copyOf(endpoints);
        }
        return discovered;
    }

    /** Every class compiled from src/main/java under dev.custody (tests run from the project directory). */
    private static List<Class<?>> mainClasses() {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("dev/custody"))) {
            List<Class<?>> classes = new ArrayList<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
            }
            return classes;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the application's classes", e);
        }
    }

    /** The media type the endpoint of a row consumes, JSON when it declares none. */
    static String consumes(MatrixRow row) {
        return discover().stream().filter(e -> e.key().equals(row.key())).map(Endpoint::consumes)
                .findFirst().orElse("application/json");
    }

    private static List<Endpoint> of(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Method method : resource.getDeclaredMethods()) {
            String http = httpMethod(method);
            if (http != null) {
                Path path = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(http, template(base, path == null ? "" : path.value()), consumes(resource, method)));
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String consumes(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null ? "application/json" : consumes.value()[0];
    }

    static String template(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        joined = joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }
}
