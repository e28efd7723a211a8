package dev.custody.security;

import dev.custody.web.PageContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in page of the embedded default (the form posts to Quarkus' j_security_check) and sign-out, which ends the
 * session on the server (WebSessions), so that a copied session cookie no longer reads or saves anything.
 */
@Path("/")
public class LoginPages {
    /** The value of custody.auth (CUSTODY_AUTH) that signs in through Keycloak; the sign-in then starts at "/". */
    static final String KEYCLOAK = "keycloak";
    @Inject
    PageContext page;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;
    @ConfigProperty(name = "custody.seed.demo-users", defaultValue = "false")
    boolean demoUsers;
    @ConfigProperty(name = "custody.auth")
    String auth;
    @Inject
    WebSessions sessions;

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String login(@QueryParam("error") String error, @QueryParam("signedOut") boolean signedOut,
            @QueryParam("wait") Long wait, @QueryParam("passwordChanged") boolean passwordChanged) {
        Map<String, Object> model = new HashMap<>();
        // error=throttled: LoginThrottle refused the attempt; error=unavailable: the throttle could not be checked
        // (ThrottleResponses); any other value: wrong password.
        model.put("throttled", "throttled".equals(error));
        model.put("unavailable", "unavailable".equals(error));
        model.put("error", error != null && !List.of("throttled", "unavailable", "false").contains(error));
        model.put("signedOut", signedOut);
        model.put("passwordChanged", passwordChanged);
        model.put("wait", wait == null || wait < 1 ? 1 : Math.min(wait, 3600));
        boolean keycloak = KEYCLOAK.equals(auth);
        model.put("keycloak", keycloak);
        model.put("demoUsers", demoUsers && !keycloak);
        return page.render("login", model);
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout(@CookieParam(WebSessions.COOKIE) String session) {
        // Ended in the database first: the cookies below only tidy the browser; a copy of them no longer signs in.
        sessions.end(session);
        return Response.seeOther(URI.create("/login?signedOut=true"))
                .cookie(SessionCookies.expired(sessionCookie),
                        SessionCookies.expired(WebSessions.COOKIE))
                .build();
    }
}
