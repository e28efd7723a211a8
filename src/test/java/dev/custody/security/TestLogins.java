package dev.custody.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Logins a test creates for itself (so that changing a password or roles leaves the demo users alone). */
final class TestLogins {
    private TestLogins() {
    }

    static void create(String username, String password, String roles) {
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser login = new AppUser();
            login.username = username;
            login.passwordHash = BcryptUtil.bcryptHash(password, 4);
            login.roles = roles;
            login.displayName = "Test login " + username;
            login.persist();
        });
    }

    static void delete(String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser.delete("username", username);
            WebSession.delete("username", username);
            LoginThrottlePair.delete("username", username);
        });
    }
}
