package dev.custody.security;

import dev.custody.network.pages.FormFlow;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The administrator's page of the logins: each with its roles (changed in place) and its live sessions. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class UserPages {
    @Inject
    UserAccounts accounts;
    @Inject
    PageContext page;

    @GET
    public Response show(@QueryParam("changed") String changed, @QueryParam("ended") Integer ended,
            @QueryParam("user") String user) {
        String message = changed != null ? "Roles of " + changed + " changed; their sessions have ended."
                : ended != null && user != null ? user + " is signed out everywhere (" + ended + " sessions ended)." : null;
        return render(message, null, 200);
    }

    @POST
    @Path("{username}/roles")
    public Response changeRoles(@PathParam("username") String username, @RestForm List<String> roles) {
        try {
            accounts.changeRoles(username, new RolesChange(roles == null ? List.of() : roles));
        } catch (InvalidInputException e) {
            return render(null, username + ": " + e.errors().get(0).message(), 400);
        } catch (ConflictException e) {
            return render(null, e.getMessage(), 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/admin/users").queryParam("changed", username).build()).build();
    }

    @POST
    @Path("{username}/sessions/end")
    public Response endSessions(@PathParam("username") String username) {
        int ended = accounts.endSessions(username);
        return Response.seeOther(UriBuilder.fromPath("/admin/users").queryParam("ended", ended)
                .queryParam("user", username).build()).build();
    }

    private Response render(String message, String refusal, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "users");
        model.put("users", accounts.managedHere() ? accounts.list() : List.of());
        model.put("allRoles", Roles.ALL);
        model.put("managedHere", accounts.managedHere());
        model.put("message", message);
        model.put("refusal", refusal);
        return FormFlow.html(status, page.render("security/users", model));
    }
}
