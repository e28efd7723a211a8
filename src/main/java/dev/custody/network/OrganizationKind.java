package dev.custody.network;

/** What an organization does in the supply network; VENDOR is a company we buy from directly (tier 1). */
public enum OrganizationKind {
    VENDOR, CONTRACT_MANUFACTURER, COMPONENT_SUPPLIER, FIRMWARE_HOUSE, LOGISTICS_PROVIDER, CUSTOMS_BROKER, DISTRIBUTOR
}
