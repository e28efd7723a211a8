package dev.custody.network;

/** What a supply link delivers. */
public enum ItemKind {
    ASSEMBLY, COMPONENT, FIRMWARE, SERVICE
}
