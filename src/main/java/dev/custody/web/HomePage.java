package dev.custody.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The landing page after sign-in: the vendor list (an executive dashboard comes with the reports). */
@Path("/")
public class HomePage {
    @GET
    @Authenticated
    public Response home() {
        return Response.seeOther(URI.create("/vendors")).build();
    }
}
