package dev.custody.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (connection refused or lost, server shutting down, pool
 * exhausted, embedded database closed) from any other: such a request is answered 503 with Retry-After, as the
 * client may simply try again, instead of a 500.
 */
public final class DatabaseOutage {
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;
    public static final String DETAIL = "The database is not answering right now; nothing was saved. Try again in a few seconds.";
    /** PostgreSQL's admin shutdown, crash shutdown and cannot-connect-now; H2's database closed and called at shutdown. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "90098", "90121");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && outage(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outage(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || STATES.contains(state))) {
            return true;
        }
        // Agroal's pool gives up waiting for a connection with a plain SQLException and no state.
        return sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout");
    }
}
