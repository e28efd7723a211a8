package dev.custody.seeding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A seed that has run against this database. */
@Entity
@Table(name = "seed_run")
public class SeedRun {
    @Id
    public String name;
    public Instant ranAt;

    protected SeedRun() {
    }

    public SeedRun(String name, Instant ranAt) {
        this.name = name;
        this.ranAt = ranAt;
    }
}
