package dev.custody.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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

    @Transactional(Transactional.TxType.MANDATORY)
    public int create() {
        int created = 0;
        for (Demo demo : USERS) {
            if (AppUser.count("username", demo.username()) == 0) {
                AppUser user = new AppUser();
                user.username = demo.username();
                user.passwordHash = BcryptUtil.bcryptHash(DEMO_PASSWORD);
                user.roles = demo.role();
                user.displayName = demo.displayName();
                user.persist();
                created++;
            }
        }
        return created;
    }
}
