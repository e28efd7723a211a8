package dev.custody.security;

import java.util.List;

/** The roles a login is to have from now on. */
public record RolesChange(List<String> roles) {
}
