package dev.custody.network;

/** The role of a custody leg between the last factory and our dock. */
public enum LegKind {
    FACTORY, FORWARDER, CARRIER, CUSTOMS, WAREHOUSE, DISTRIBUTOR
}
