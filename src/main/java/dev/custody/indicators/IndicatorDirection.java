package dev.custody.indicators;

/** Which end of an indicator's scale is risky; a "higher is safer" index is flipped when normalised. */
public enum IndicatorDirection {
    HIGHER_IS_RISKIER, HIGHER_IS_SAFER
}
