package dev.custody.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in of the embedded login: whose, since when, last seen, and when and why it ended. */
@Entity
@Table(name = "web_session")
public class WebSession extends PanacheEntityBase {
    /** Hex SHA-256 of the token the browser holds in the custody-sid cookie. */
    @Id
    public String id;
    public String username;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant endedAt;
    public String endReason;
}
