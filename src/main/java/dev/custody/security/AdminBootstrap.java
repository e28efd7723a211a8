package dev.custody.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first administrator of a production database without demo users: when CUSTODY_ADMIN_PASSWORD is set
 * and no login named "admin" exists, one is created with that password (bcrypt). Nothing happens otherwise.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    static final String USERNAME = "admin";

    @ConfigProperty(name = "custody.bootstrap.admin-password")
    Optional<String> password;

    void onStart(@Observes @Priority(20) StartupEvent start) {
        password.filter(p -> !p.isBlank()).ifPresent(this::createAdmin);
    }

    void createAdmin(String secret) {
        if (secret.length() < 12) {
            throw new IllegalStateException("CUSTODY_ADMIN_PASSWORD must have at least 12 characters");
        }
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            if (AppUser.count("username", USERNAME) > 0) {
                return false;
            }
            AppUser admin = new AppUser();
            admin.username = USERNAME;
            admin.passwordHash = BcryptUtil.bcryptHash(secret);
            admin.roles = Roles.ADMIN;
            admin.displayName = "Administrator";
            admin.persist();
            return true;
        });
        if (created) {
            LOG.info("Created the first administrator login \"admin\" from CUSTODY_ADMIN_PASSWORD");
        }
    }
}
