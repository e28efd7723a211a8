package dev.custody.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One day's run of a scheduled job, claimed by exactly one instance (its key: job and date). */
@Entity
@Table(name = "scheduled_run")
@IdClass(ScheduledRun.Key.class)
public class ScheduledRun extends PanacheEntityBase {
    /** The primary key. */
    public record Key(String job, LocalDate runDate) {
    }

    /** Where a run stands. */
    public enum Status {
        RUNNING, SUCCEEDED, FAILED
    }

    @Id
    public String job;
    @Id
    public LocalDate runDate;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String triggeredBy;
    public Instant startedAt;
    public Instant finishedAt;
    /** 1 for the first attempt of the day; more when a failed or abandoned run was taken over. */
    public int attempts;
    public Integer modelVersion;
    public Integer organizations;
    public Integer changed;
    public Integer historyRows;
    public Long durationMillis;
    public String error;
    /** The instance running it (dev.custody.platform.InstanceIdentity), and when it last said it was alive. */
    public String leaseOwner;
    public Instant heartbeatAt;

    /** When the run last showed a sign of life: its heartbeat, or its start (a run from before heartbeats). */
    public Instant lastSignOfLife() {
        return heartbeatAt != null ? heartbeatAt : startedAt;
    }
}
