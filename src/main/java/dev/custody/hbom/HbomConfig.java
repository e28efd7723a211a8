package dev.custody.hbom;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and defaults of the CycloneDX hardware BOM import and export. */
@ConfigMapping(prefix = "custody.hbom")
public interface HbomConfig {
    /** Largest BOM file accepted, in bytes (the HTTP body limit is higher, so this message is the one seen). */
    @WithDefault("5242880")
    long maxBytes();

    /** Most components in one BOM, counted at every level of nesting; also the most an export writes. */
    @WithDefault("5000")
    int maxComponents();

    /** Deepest nesting of components accepted: a component inside a component inside ... this many levels. */
    @WithDefault("12")
    int maxDepth();

    /**
     * Similarity of normalised names (0..1, as restricted-party screening measures it) from which a name in the
     * BOM that does not equal a stored organization's is listed for the analyst to confirm instead of created.
     */
    @WithDefault("0.88")
    double matchThreshold();

    /** How long an upload waits on the preview page for its confirmation before it is discarded. */
    @WithDefault("PT24H")
    Duration uploadsKeptFor();
}
