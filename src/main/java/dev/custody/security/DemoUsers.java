package dev.custody.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The demo logins of the embedded default, one per role, each with the password "demo"; role may list several. */
@ApplicationScoped
public class DemoUsers {
    /** DEMO CREDENTIALS, embedded default only: shown in the README, never created with the pg profile. */
    public static final String DEMO_PASSWORD = "demo";

    record Demo(String username, String role, String displayName) {
    }

    static final List<Demo> USERS = List.of(
            new Demo("analyst", Roles.ANALYST, "Ada Analyst"),
            new Demo("executive", Roles.EXECUTIVE, "Eve Executive"),
            new Demo("buyer", Roles.PROCUREMENT, "Bo Buyer"),
            new Demo("admin", Roles.ADMIN, "Alex Admin"),
            new Demo("approver", Roles.PROCUREMENT + "," + Roles.APPROVER, "Pat Approver"));

    /**
     * The bcrypt cost of the demo passwords: the library's default (10) unless configured; the test profile
     * lowers it, as every HTTP Basic request of a test checks a hash. Real logins (AdminBootstrap) keep the default.
     */
    @ConfigProperty(name = "custody.demo-users.bcrypt-cost", defaultValue = "10")
    int bcryptCost;

    @Transactional(Transactional.TxType.MANDATORY)
    public int create() {
        int created = 0;
        for (Demo demo : USERS) {
            if (AppUser.count("username", demo.username()) == 0) {
                AppUser user = new AppUser();
                user.username = demo.username();
                user.passwordHash = BcryptUtil.bcryptHash(DEMO_PASSWORD, bcryptCost);
                user.roles = demo.role();
                user.displayName = demo.displayName();
                user.persist();
                created++;
            }
        }
        return created;
    }
}
