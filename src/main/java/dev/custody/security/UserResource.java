package dev.custody.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators list the logins of the embedded sign-in, change their roles and sign them out everywhere. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserResource {
    @Inject
    UserAccounts accounts;

    @GET
    @Operation(summary = "Every login", description = "User name, display name, roles, live browser sessions")
    public List<UserView> list() {
        return accounts.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One login")
    public UserView get(@PathParam("username") String username) {
        return accounts.get(username);
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a login's roles", description = "{roles: [...]} from risk-analyst, executive, procurement, "
            + "approver, admin; ends the user's sessions. 400 for an unknown role, 409 for the last administrator's "
            + "admin role, 409 with Keycloak")
    public UserView changeRoles(@PathParam("username") String username, RolesChange change) {
        return accounts.changeRoles(username, change);
    }

    @DELETE
    @Path("{username}/sessions")
    @Operation(summary = "Sign a user out everywhere", description = "Ends every browser session of the user; answers how many")
    public Map<String, Integer> endSessions(@PathParam("username") String username) {
        return Map.of("ended", accounts.endSessions(username));
    }
}
