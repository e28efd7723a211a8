package dev.custody.network;

/** Who owns an organization; foreign ownership names the parent and its country. */
public enum Ownership {
    PRIVATE, STATE_OWNED, FOREIGN_OWNED
}
