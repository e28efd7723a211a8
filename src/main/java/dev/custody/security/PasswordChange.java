package dev.custody.security;

/** A user's new password, with the current one as proof. */
public record PasswordChange(String currentPassword, String newPassword) {
}
