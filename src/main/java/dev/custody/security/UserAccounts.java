package dev.custody.security;

import dev.custody.platform.TextChecks;
import dev.custody.web.ConflictException;
import dev.custody.web.FieldErrors;
import dev.custody.web.InvalidInputException;
import dev.custody.web.NotFoundException;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The logins of the embedded sign-in (app_user): a user changes their password, an administrator changes a user's
 * roles or signs them out everywhere. A new password or new roles end every session of that user (WebSessions), on
 * every instance, so a session opened before the change cannot keep what it had. With Keycloak, users, passwords and
 * roles live in Keycloak and these changes are refused.
 */
@ApplicationScoped
public class UserAccounts {
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut without anyone noticing. */
    static final int MAX_PASSWORD_BYTES = 72;

    @Inject
    WebSessions sessions;
    @Inject
    IdentityProviderManager identities;
    @Inject
    CurrentVertxRequest http;
    @ConfigProperty(name = "custody.auth")
    String auth;

    public boolean managedHere() {
        return !LoginPages.KEYCLOAK.equals(auth);
    }

    @Transactional
    public List<UserView> list() {
        return AppUser.<AppUser>list("order by username").stream()
                .map(u -> UserView.of(u, sessions.live(u.username))).toList();
    }

    @Transactional
    public UserView get(String username) {
        AppUser user = find(username);
        return UserView.of(user, sessions.live(user.username));
    }

    /**
     * Changes a user's own password after checking the current one through the sign-in (so wrong guesses count in
     * the login throttle like any failed sign-in); ends every session of the user, this one included.
     */
    public void changePassword(String username, PasswordChange change) {
        requireManagedHere();
        String current = change == null ? null : change.currentPassword();
        String next = change == null ? null : change.newPassword();
        FieldErrors errors = new FieldErrors()
                .check(current != null && !current.isEmpty(), "currentPassword", "must be your current password")
                .check(next != null && next.length() >= MIN_PASSWORD, "newPassword",
                        "must have at least " + MIN_PASSWORD + " characters");
        if (next != null) {
            errors.check(next.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES, "newPassword",
                    "must be at most " + MAX_PASSWORD_BYTES + " bytes long (bcrypt ignores the rest)")
                    .check(TextChecks.isSingleLine(next), "newPassword", "must not contain control characters")
                    .check(!next.equals(current), "newPassword", "must differ from the current password");
        }
        errors.throwIfAny();
        checkCurrent(username, current);
        QuarkusTransaction.requiringNew().run(() -> {
            find(username).passwordHash = BcryptUtil.bcryptHash(next);
            sessions.endAll(username, WebSessions.PASSWORD_CHANGED);
        });
    }

    /** Gives a login exactly these roles and ends its sessions; the last administrator keeps the admin role. */
    @Transactional
    public UserView changeRoles(String username, RolesChange change) {
        requireManagedHere();
        List<String> wanted = change == null || change.roles() == null ? List.of() : change.roles();
        Set<String> roles = new LinkedHashSet<>();
        for (String role : wanted) {
            if (!Roles.ALL.contains(role)) {
                throw new InvalidInputException("roles", "must each be one of " + String.join(", ", Roles.ALL));
            }
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one role");
        }
        AppUser user = find(username);
        boolean wasAdmin = UserView.roles(user.roles).contains(Roles.ADMIN);
        if (wasAdmin && !roles.contains(Roles.ADMIN) && admins() <= 1) {
            throw new ConflictException(username + " is the only administrator; give another login the admin role first");
        }
        user.roles = String.join(",", Roles.ALL.stream().filter(roles::contains).toList());
        sessions.endAll(username, WebSessions.ROLES_CHANGED);
        return UserView.of(user, 0);
    }

    /** Signs a user out everywhere; answers how many sessions ended. */
    @Transactional
    public int endSessions(String username) {
        return sessions.endAll(find(username).username, WebSessions.ENDED_BY_ADMIN);
    }

    private void checkCurrent(String username, String current) {
        RoutingContext request = http.getCurrent();
        UsernamePasswordAuthenticationRequest check = new UsernamePasswordAuthenticationRequest(username,
                new PasswordCredential(current.toCharArray()));
        try {
            identities.authenticateBlocking(request == null ? check
                    : (UsernamePasswordAuthenticationRequest) HttpSecurityUtils.setRoutingContextAttribute(check, request));
        } catch (AuthenticationFailedException wrong) {
            throw new InvalidInputException("currentPassword", why(request));
        }
    }

    /** Why the current password was not accepted; the markers only concern this check, not the response. */
    private static String why(RoutingContext request) {
        if (request == null) {
            return "is not your current password";
        }
        Object delayed = request.remove(ThrottledPasswordProvider.REFUSED);
        Object unavailable = request.remove(ThrottledPasswordProvider.UNAVAILABLE);
        return unavailable != null ? "could not be checked right now; try again in a few seconds"
                : delayed != null ? "too many wrong passwords just now; wait a minute and try again"
                : "is not your current password";
    }

    private static long admins() {
        return AppUser.<AppUser>listAll().stream().filter(u -> UserView.roles(u.roles).contains(Roles.ADMIN)).count();
    }

    private static AppUser find(String username) {
        return AppUser.<AppUser>find("username", username).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("User", username));
    }

    private void requireManagedHere() {
        if (!managedHere()) {
            throw new ConflictException("Users, passwords and roles are managed in Keycloak (CUSTODY_AUTH=keycloak); "
                    + "change them there");
        }
    }
}
