package dev.custody.scoring;

/** Risk bands of DOMAIN.md section 2: low < 25 <= medium < 50 <= high < 75 <= critical (defaults). */
public enum Band {
    LOW, MEDIUM, HIGH, CRITICAL
}
