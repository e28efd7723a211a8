package dev.custody.gating;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The version just activated, with what its activation did to the requests decided under older versions: how
 * many were re-evaluated and how many of those were marked for review because their outcome changed.
 */
public record GatePolicyActivation(@JsonUnwrapped GatePolicyView policy, int reevaluated, int markedForReview) {
}
