package dev.custody.network;

/**
 * The insider-threat factors of DOMAIN.md section 2, each rated 0 (best) to 4 (worst) or left unknown.
 * Sources: NIST SP 800-161r1, SP 800-53 SR family, CISA vendor SCRM template, CERT insider-threat guide,
 * ISO/IEC 20243 O-TTPS.
 */
public enum InsiderFactor {
    PERSONNEL_SCREENING("Personnel screening of staff who touch boards or firmware"),
    PHYSICAL_ACCESS_CONTROL("Physical access control at assembly, test, rework and programming stations"),
    COMPONENT_PROVENANCE("Component provenance (original manufacturers or authorised distributors)"),
    INCOMING_INSPECTION("Incoming inspection and anti-counterfeit testing"),
    FIRMWARE_INTEGRITY("Firmware integrity (signed updates, measured boot, root of trust)"),
    CONFIGURATION_ATTESTATION("Delivered-configuration attestation"),
    CUSTODY_HANDOFFS("Number of custody hand-offs from factory to dock"),
    TAMPER_EVIDENT_PACKAGING("Tamper-evident packaging and tracking"),
    SUBTIER_VISIBILITY("Sub-tier visibility (share of tier-2+ suppliers identified)"),
    INSIDER_PROGRAMME("Insider-threat programme maturity"),
    FOREIGN_INFLUENCE("Foreign ownership, control or influence");

    public static final int BEST = 0;
    public static final int WORST = 4;

    private final String label;

    InsiderFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
