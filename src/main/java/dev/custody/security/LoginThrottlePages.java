package dev.custody.security;

import dev.custody.network.pages.Formats;
import dev.custody.web.PageContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The administrator's page of the login throttle: the pairs it slows down, each clearable, and clear all. */
@Path("/admin/login-throttles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class LoginThrottlePages {
    static final String PAGE = "/admin/login-throttles";

    @Inject
    LoginThrottle throttle;
    @Inject
    ThrottleConfig config;
    @Inject
    PageContext page;
    @Inject
    Clock clock;

    @GET
    public String show(@QueryParam("cleared") Long cleared) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "throttles");
        model.put("pairs", LoginThrottleView.list(throttle.active(), clock.instant()));
        model.put("cleared", cleared);
        model.put("fmt", new Formats(Map.of()));
        model.put("failuresBeforeDelay", config.failuresBeforeDelay());
        model.put("firstDelay", config.firstDelay().toSeconds());
        model.put("maxDelay", config.maxDelay().toSeconds());
        model.put("forgetMinutes", config.forgetAfter().toMinutes());
        return page.render("security/throttles", model);
    }

    @POST
    @Path("{id: \\d+}/clear")
    public Response clear(@PathParam("id") long id) {
        return back(throttle.clear(id) ? 1 : 0);
    }

    @POST
    @Path("clear")
    public Response clearAll() {
        return back(throttle.clearAll());
    }

    private static Response back(long cleared) {
        return Response.seeOther(URI.create(PAGE + "?cleared=" + cleared)).build();
    }
}
