package dev.custody.seeding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Writes a SyntheticNetwork into an empty database with plain JDBC batches (Hibernate would be far slower).
 * Outside a transaction it commits every batch, so a failure leaves the batches before it in place; inside
 * a JTA transaction the connection joins it and commits nothing itself. The rows bypass Envers, so they
 * have no change history.
 */
@ApplicationScoped
public class SyntheticNetworkWriter {
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;

    /** Writes into the application's database; returns the number of rows, 0 when organizations exist. */
    public int write(SyntheticNetwork network) {
        return write(network, dataSource, Instant.now(clock));
    }

    public int write(SyntheticNetwork network, DataSource target, Instant now) {
        try (Connection connection = target.getConnection()) {
            // Auto-commit off means someone else (JTA, a caller) owns the transaction: never commit theirs.
            boolean owned = connection.getAutoCommit();
            if (owned) {
                connection.setAutoCommit(false);
            }
            try {
                return new SyntheticRows(connection, owned, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).write(network);
            } finally {
                if (owned) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the synthetic network failed: " + e.getMessage(), e);
        }
    }
}
