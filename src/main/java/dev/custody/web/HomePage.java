package dev.custody.web;

import dev.custody.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The landing page after sign-in: the executive dashboard for executives, the vendor list for everyone else. */
@Path("/")
public class HomePage {
    @Inject
    SecurityIdentity identity;

    @GET
    @Authenticated
    public Response home() {
        return Response.seeOther(URI.create(identity.hasRole(Roles.EXECUTIVE) ? "/dashboard" : "/vendors")).build();
    }
}
