package dev.custody.scoring;

/** Life cycle of a scoring model version: edited as a draft, then active, then retired by its successor. */
public enum ModelStatus {
    DRAFT, ACTIVE, RETIRED
}
