package dev.custody.security;

import java.util.Arrays;
import java.util.List;

/** A login of the embedded sign-in as administrators see it: name, roles and how many sessions are signed in now. */
public record UserView(String username, String displayName, List<String> roles, long liveSessions) {
    static UserView of(AppUser user, long liveSessions) {
        return new UserView(user.username, user.displayName, roles(user.roles), liveSessions);
    }

    static List<String> roles(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }
}
