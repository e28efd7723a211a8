package dev.custody.scoring;

/** The scoring model scores are computed with, and its version number. */
public record ActiveModel(int version, ScoringModel model) {
}
