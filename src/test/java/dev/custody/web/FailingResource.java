package dev.custody.web;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** Test only: endpoints that fail unexpectedly, with secrets in the exception that must never reach a client. */
public final class FailingResource {
    static final String SECRET = "jdbc:postgresql://db.internal/custody?password=hunter2";

    private FailingResource() {
    }

    static String fail() {
        throw new IllegalStateException("connection to " + SECRET + " refused");
    }

    /** As when the database cannot be reached (PostgreSQL restarting, the pool exhausted). */
    static String outage() {
        throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("Connection refused", "08001"));
    }

    /** For scripts: a problem. */
    @Path("/api/test-only/failure")
    public static class Api {
        @GET
        @RolesAllowed(Roles.ADMIN)
        public String get() {
            return fail();
        }
    }

    /** For scripts: the database is out of reach. */
    @Path("/api/test-only/outage")
    public static class ApiOutage {
        @GET
        @RolesAllowed(Roles.ADMIN)
        public String get() {
            return outage();
        }
    }

    /** For browsers: the database is out of reach. */
    @Path("/test-only/outage")
    public static class PageOutage {
        @GET
        @Produces(MediaType.TEXT_HTML)
        @RolesAllowed(Roles.ADMIN)
        public String get() {
            return outage();
        }
    }

    /** For browsers: the error page. */
    @Path("/test-only/failure")
    public static class Page {
        @GET
        @Produces(MediaType.TEXT_HTML)
        @RolesAllowed(Roles.ADMIN)
        public String get() {
            return fail();
        }
    }
}
