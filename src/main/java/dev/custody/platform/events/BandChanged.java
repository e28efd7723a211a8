package dev.custody.platform.events;

import dev.custody.scoring.Band;

/** An organization's inherited risk band moved (from and to), with the scoring-model version that moved it. */
public record BandChanged(long organizationId, String name, Band from, Band to, int modelVersion)
        implements PlatformEvent {
    public static final String TYPE = "dev.custody.band.changed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "organizations/" + organizationId;
    }
}
