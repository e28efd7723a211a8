package dev.custody.network.transfer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of a bulk import upload. */
@ConfigMapping(prefix = "custody.import")
public interface ImportConfig {
    /** Largest file accepted, in bytes (the HTTP body limit is set higher so that this message is the one seen). */
    @WithDefault("5242880")
    long maxBytes();

    /** Most data rows accepted in one upload, over all sheets. */
    @WithDefault("20000")
    int maxRows();
}
