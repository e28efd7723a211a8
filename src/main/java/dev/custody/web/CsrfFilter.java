package dev.custody.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Double-submit CSRF protection for the pages: a random token in an HttpOnly, SameSite=Strict cookie must
 * come back in the hidden "_csrf" field of every form that changes state. The JSON API under /api is
 * checked differently: a browser that has remembered Basic credentials would send them cross-site, so an
 * unsafe API request that a browser marks as coming from another site (Sec-Fetch-Site, or an Origin other
 * than this host) is refused; scripts and procurement systems send neither header.
 */
public class CsrfFilter {
    public static final String COOKIE = "custody-csrf";
    public static final String FIELD = "_csrf";
    static final String ISSUED = CsrfFilter.class.getName() + ".issued";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ServerRequestFilter(readBody = true)
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (ApiPaths.isApi(path)) {
            return isSafe(request.getMethod()) || sameSite(request) ? null : crossSite();
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            request.setProperty(ISSUED, newToken());
        }
        if (isSafe(request.getMethod())) {
            return null;
        }
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
        if (cookie == null || !(sent instanceof String token) || !constantTimeEquals(token, cookie.getValue())) {
            return Response.status(Response.Status.FORBIDDEN).type("text/plain")
                    .entity("This form has expired or did not come from Custody. Go back, reload the page and try again.")
                    .build();
        }
        return null;
    }

    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response) {
        Object issued = request.getProperty(ISSUED);
        if (issued != null) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(COOKIE).value((String) issued).path("/")
                    .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build());
        }
    }

    /** The token a page must put into its forms: the cookie's, or the one issued with this response. */
    public static String token(ContainerRequestContext request) {
        Object issued = request.getProperty(ISSUED);
        if (issued != null) {
            return (String) issued;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }

    /** False when the browser says the request comes from another site. */
    static boolean sameSite(ContainerRequestContext request) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
            return false;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        String host = request.getHeaderString("X-Forwarded-Host");
        host = host == null || host.isBlank() ? request.getHeaderString("Host") : host.split(",")[0].trim();
        try {
            URI from = URI.create(origin.trim());
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static Response crossSite() {
        return Response.status(Response.Status.FORBIDDEN).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "Forbidden", "Requests to the API from another web site are refused", null))
                .build();
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
