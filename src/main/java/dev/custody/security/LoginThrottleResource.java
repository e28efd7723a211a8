package dev.custody.security;

import dev.custody.web.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators see which (user name, address) pairs the login throttle is slowing down, and clear them. */
@Path("/api/login-throttles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Login throttles")
@RolesAllowed(Roles.ADMIN)
public class LoginThrottleResource {
    @Inject
    LoginThrottle throttle;
    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Pairs with recent failed sign-ins", description = "User name, address, failures, last failure, "
            + "until when the pair waits and the seconds left (0: may try now); waiting longest first")
    public List<LoginThrottleView> list() {
        return LoginThrottleView.list(throttle.active(), clock.instant());
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Forget one pair's failures", description = "It may sign in at once; 404 when it is not throttled")
    public void clear(@PathParam("id") long id) {
        if (!throttle.clear(id)) {
            throw new NotFoundException("Login throttle", id);
        }
    }

    @DELETE
    @Operation(summary = "Forget every pair's failures", description = "Answers how many pairs were cleared")
    public Map<String, Long> clearAll() {
        return Map.of("cleared", throttle.clearAll());
    }
}
