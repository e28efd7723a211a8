package dev.custody.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The recent failed sign-ins of one user name from one client address, and until when that pair must wait. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottlePair extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    public String address;
    public int failures;
    public Instant lastFailureAt;
    public Instant blockedUntil;
}
