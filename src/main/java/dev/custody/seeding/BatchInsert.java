package dev.custody.seeding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One INSERT statement executed in JDBC batches of a fixed size, optionally committing each batch: one huge
 * transaction makes H2 keep and write a huge undo log (half a million links took minutes longer that way).
 */
final class BatchInsert implements AutoCloseable {
    static final int BATCH_SIZE = 1000;

    /** Binds one row's parameters. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private final Connection connection;
    private final PreparedStatement statement;
    private final boolean commitEachBatch;
    private int pending;
    private int written;

    private BatchInsert(Connection connection, String sql, boolean commitEachBatch) throws SQLException {
        this.connection = connection;
        this.statement = connection.prepareStatement(sql);
        this.commitEachBatch = commitEachBatch;
    }

    static <T> int all(Connection connection, boolean commitEachBatch, String sql, Iterable<T> rows, Binder<T> binder)
            throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, sql, commitEachBatch)) {
            for (T row : rows) {
                insert.add(row, binder);
            }
            insert.flush();
            return insert.written;
        }
    }

    private <T> void add(T row, Binder<T> binder) throws SQLException {
        binder.bind(statement, row);
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            if (commitEachBatch) {
                connection.commit();
            }
            written += pending;
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
