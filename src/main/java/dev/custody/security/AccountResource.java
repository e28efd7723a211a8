package dev.custody.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own login: who they are, and a new password (embedded sign-in). */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Authenticated
public class AccountResource {
    @Inject
    UserAccounts accounts;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Who is calling", description = "User name and roles; liveSessions counts the browser sessions "
            + "signed in now (embedded sign-in)")
    public UserView me() {
        String name = identity.getPrincipal().getName();
        if (accounts.managedHere() && AppUser.count("username", name) > 0) {
            return accounts.get(name);
        }
        return new UserView(name, null, List.copyOf(identity.getRoles()), 0);
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password", description = "{currentPassword, newPassword}: 12 to 72 bytes, no "
            + "control characters. Ends every browser session of the user; 400 naming the field, 409 with Keycloak")
    public void changePassword(PasswordChange change) {
        accounts.changePassword(identity.getPrincipal().getName(), change);
    }
}
