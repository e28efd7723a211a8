package dev.custody.web;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test only: an endpoint that fails unexpectedly, with secrets in the exception that must never reach a client. */
@Path("/")
public class FailingResource {
    static final String SECRET = "jdbc:postgresql://db.internal/custody?password=hunter2";

    @GET
    @Path("api/test-only/failure")
    @RolesAllowed(Roles.ADMIN)
    public String failForScripts() {
        throw new IllegalStateException("connection to " + SECRET + " refused");
    }

    @GET
    @Path("test-only/failure")
    @RolesAllowed(Roles.ADMIN)
    public String failForBrowsers() {
        throw new IllegalStateException("connection to " + SECRET + " refused");
    }
}
