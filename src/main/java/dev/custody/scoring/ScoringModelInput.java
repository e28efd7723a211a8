package dev.custody.scoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A draft's new parameters as the API takes them, with an optional note; revision is the one the client read
 * (the If-Match header wins over it).
 */
public record ScoringModelInput(@NotNull ScoringModel parameters, @Size(max = 2000) String note, Long revision) {
}
