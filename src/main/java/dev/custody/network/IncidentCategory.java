package dev.custody.network;

/** The kind of an incident in an organization's history. */
public enum IncidentCategory {
    HARDWARE_IMPLANT, FIRMWARE_TAMPERING, COUNTERFEIT_COMPONENT, TRANSIT_TAMPERING, INSIDER_MISCONDUCT,
    CYBER_INTRUSION, QUALITY_ESCAPE, EXPORT_VIOLATION
}
