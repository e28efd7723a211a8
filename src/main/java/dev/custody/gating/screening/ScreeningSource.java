package dev.custody.gating.screening;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches the Consolidated Screening List from where the refresh is configured to find it: an http(s) URL, a file:
 * URL or a path. Reads at most one byte more than a list may have, so that an oversized file is refused by the same
 * check as an upload without being read whole.
 */
final class ScreeningSource {
    /** The source could not be read at all; the message says where and why. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private ScreeningSource() {
    }

    static byte[] fetch(String source, long maxBytes, Duration timeout) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return http(source, maxBytes, timeout);
        }
        return file(source, maxBytes);
    }

    /** The name recorded with the list: the last segment of the path or URL. */
    static String fileName(String source) {
        String path = source.replaceAll("[?#].*$", "");
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = slash < 0 ? path : path.substring(slash + 1);
        return name.isBlank() ? source : name;
    }

    private static byte[] http(String source, long maxBytes, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(source)).timeout(timeout).GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Unavailable(source + " answered HTTP " + response.statusCode() + " instead of the file",
                            null);
                }
                return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Unavailable(source + " could not be fetched: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("fetching " + source + " was interrupted", e);
        }
    }

    private static byte[] file(String source, long maxBytes) {
        try {
            Path path = source.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(URI.create(source))
                    : Path.of(source);
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (NoSuchFileException e) {
            throw new Unavailable("there is no file at " + source, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new Unavailable(source + " could not be read: " + e.getMessage(), e);
        }
    }
}
