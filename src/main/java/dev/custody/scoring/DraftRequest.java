package dev.custody.scoring;

import jakarta.validation.constraints.Size;

/** The optional body of a request for a new draft: a note saying what the draft is for. */
public record DraftRequest(@Size(max = 2000) String note) {
}
