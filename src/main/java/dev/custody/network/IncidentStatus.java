package dev.custody.network;

/** How far an incident is established; a disputed incident is never shown as confirmed. */
public enum IncidentStatus {
    ALLEGED, DISPUTED, CONFIRMED, REFUTED
}
