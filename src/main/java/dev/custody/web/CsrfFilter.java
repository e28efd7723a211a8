package dev.custody.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Cross-site request forgery protection. Every form that changes something carries a token bound to the signed-in
 * session (CsrfTokens); the browser must also not mark the post as coming from another site (Sec-Fetch-Site), and
 * an Origin it sends must be this server. The JSON API under /api has no tokens: a browser that has remembered
 * Basic credentials would send them cross-site, so an unsafe API request marked as coming from another site is
 * refused; scripts and procurement systems send neither header. "This server" is the Host the request came to, as
 * Quarkus reads it: X-Forwarded-Host counts only where quarkus.http.proxy.* says a trusted proxy sets it.
 */
public class CsrfFilter {
    public static final String COOKIE = "custody-csrf";
    public static final String FIELD = "_csrf";
    static final String ISSUED = CsrfFilter.class.getName() + ".issued";
    static final String REFUSED = "This form has expired or did not come from Custody. Go back, reload the page and try again.";

    @Inject
    CsrfTokens tokens;
    @Inject
    SecurityIdentity identity;
    @Inject
    ErrorPages errorPages;

    @ServerRequestFilter(readBody = true)
    public Response verify(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (ApiPaths.isApi(path)) {
            return isSafe(request.getMethod()) || sameSite(request, http.authority()) ? null : crossSite(path);
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            request.setProperty(ISSUED, CsrfTokens.newCookieValue());
        }
        if (isSafe(request.getMethod())) {
            return null;
        }
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
        String received = cookie == null ? null : cookie.getValue();
        if (!sameSite(request, http.authority()) || !(sent instanceof String token) || !tokens.matches(identity, received, token)) {
            return refused(path, received);
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

    /** The custody-csrf cookie value the page's token is bound to: the cookie's, or the one issued with this response. */
    public static String cookie(ContainerRequestContext request) {
        Object issued = request.getProperty(ISSUED);
        if (issued != null) {
            return (String) issued;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }

    /** False when the browser says the request comes from another site, or names an origin other than this server. */
    static boolean sameSite(ContainerRequestContext request, HostAndPort server) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
            return false;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI from = URI.create(origin.trim());
            return server != null && from.getHost() != null && from.getHost().equalsIgnoreCase(server.host())
                    && from.getPort() == server.port();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private Response refused(String path, String cookie) {
        Problem problem = Problem.of(403, "Forbidden", REFUSED, path);
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPages.render(problem, identity, cookie)).build();
    }

    private static Response crossSite(String path) {
        return Response.status(Response.Status.FORBIDDEN).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "Forbidden", "Requests to the API from another web site are refused", path))
                .build();
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
