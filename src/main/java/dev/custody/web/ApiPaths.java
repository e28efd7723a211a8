package dev.custody.web;

/** Which requests belong to the JSON API (HTTP Basic or bearer tokens, problem+json errors). */
public final class ApiPaths {
    private ApiPaths() {
    }

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
