package dev.custody.platform;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test only: a request during which the JVM runs out of memory (the error is thrown, not provoked). */
@Path("/api/test-only/out-of-memory")
public class OutOfMemoryResource {
    @GET
    @RolesAllowed(Roles.ADMIN)
    public String get() {
        throw new OutOfMemoryError("Java heap space (thrown by a test)");
    }
}
