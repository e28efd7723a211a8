package dev.custody.reports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A generated report: its parameters, the numbers it used (data), the file and its checksum. */
@Entity
@Table(name = "report_snapshot")
public class ReportSnapshot extends PanacheEntityBase {
    /** Where a generation stands. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public ReportKind kind;
    public Long vendorId;
    public String format;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int progress;
    public Instant requestedAt;
    public Instant generatedAt;
    public String generatedBy;
    /** api, page, schedule or regenerate. */
    public String triggerSource;
    public Integer scoringModelVersion;
    public Integer gatePolicyVersion;
    /** JSON of ReportRequest: kind, vendor, format. */
    public String parameters;
    /** The report data as gzip-compressed JSON. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] data;
    @Basic(fetch = FetchType.LAZY)
    public byte[] file;
    public String contentType;
    /** SHA-256 of file, lower-case hex. */
    public String checksum;
    public Long sizeBytes;
    /** The snapshot whose data this one was re-rendered from, if any. */
    public Long sourceSnapshotId;
    public String error;
    /** The instance generating it (dev.custody.platform.InstanceIdentity), and when it last said it was alive. */
    public String leaseOwner;
    public Instant heartbeatAt;
    /** 1, or more when a queued generation was taken over after its instance died. */
    public int attempts = 1;
    /** Queued in the background (taken over when its instance dies) or generated while a request waited. */
    public boolean background;

    /** Whether it is still to finish (QUEUED or RUNNING). */
    public boolean live() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    /** When it last showed a sign of life: its heartbeat, or its request (a snapshot from before heartbeats). */
    public Instant lastSignOfLife() {
        return heartbeatAt != null ? heartbeatAt : requestedAt;
    }
}
