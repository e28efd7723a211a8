package dev.custody.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.seeding.SyntheticNetwork.Link;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes a small synthetic network into its own in-memory H2 database, migrated like the real one. */
class SyntheticNetworkWriterTest {
    private static final SyntheticNetwork NETWORK = SyntheticNetwork.generate(7, 300, 1_500, LocalDate.of(2026, 3, 31));

    private final SyntheticNetworkWriter writer = new SyntheticNetworkWriter();
    private JdbcDataSource dataSource;

    @BeforeEach
    void migrate() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:synthetic-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(Map.of("tinyint", "TINYINT")).load().migrate();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO country (iso2, iso3, name, ear_group_e1, ear_group_e2, us_embargoed, itar_proscribed, version) "
                        + "VALUES (?, ?, ?, FALSE, FALSE, FALSE, FALSE, 0)")) {
            for (TsvFile.Row row : TsvFile.read(ReferenceDataLoader.COUNTRIES)) {
                insert.setString(1, row.get("iso2"));
                insert.setString(2, row.get("iso3"));
                insert.setString(3, row.get("country"));
                insert.executeUpdate();
            }
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void shouldWriteEveryRecordOfTheNetwork() throws SQLException {
        int rows = writer.write(NETWORK, dataSource, Instant.parse("2026-03-31T10:00:00Z"));
        assertThat(rows).isEqualTo(NETWORK.size());
        assertThat(count("organization")).isEqualTo(300);
        assertThat(count("site")).isEqualTo(NETWORK.sites().size());
        assertThat(count("supply_link")).isEqualTo(1_500);
        assertThat(count("custody_leg")).isEqualTo(NETWORK.legs().size());
        assertThat(count("incident")).isEqualTo(NETWORK.incidents().size());
        assertThat(count("assessment")).isEqualTo(NETWORK.assessments().size());
    }

    @Test
    void shouldConnectLinksToTheRightOrganizationsWithTheirTiers() throws SQLException {
        writer.write(NETWORK, dataSource, Instant.now());
        Link link = NETWORK.links().get(NETWORK.links().size() - 1);
        String sql = "SELECT b.name, s.name, s.tier, l.share FROM supply_link l JOIN organization b ON b.id = l.buyer_id "
                + "JOIN organization s ON s.id = l.supplier_id WHERE l.item = ? AND b.name = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, link.item());
            select.setString(2, NETWORK.organizations().get(link.buyer()).name());
            try (ResultSet result = select.executeQuery()) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(2)).isEqualTo(NETWORK.organizations().get(link.supplier()).name());
                assertThat(result.getInt(3)).isEqualTo(NETWORK.organizations().get(link.supplier()).tier());
                assertThat(result.getBigDecimal(4)).isEqualByComparingTo(link.share());
            }
        }
        assertThat(count("organization WHERE kind = 'VENDOR' AND tier = 1")).isPositive();
        assertThat(count("organization WHERE kind = 'LOGISTICS_PROVIDER' AND tier IS NULL")).isPositive();
    }

    @Test
    void shouldLeaveADatabaseWithOrganizationsAlone() throws SQLException {
        writer.write(NETWORK, dataSource, Instant.now());
        int again = writer.write(SyntheticNetwork.generate(8, 300, 1_500, LocalDate.of(2026, 3, 31)), dataSource, Instant.now());
        assertThat(again).isZero();
        assertThat(count("organization")).isEqualTo(300);
    }

    @Test
    void shouldLeaveNewOrganizationsToTheIdentityColumn() throws SQLException {
        writer.write(NETWORK, dataSource, Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("INSERT INTO organization (name, kind, hq_country, ownership, "
                    + "created_at, updated_at, version) VALUES ('Later', 'VENDOR', 'US', 'PRIVATE', NOW(), NOW(), 0)");
        }
        assertThat(count("organization WHERE name = 'Later' AND id > 300")).isEqualTo(1);
    }

    private long count(String tableAndCondition) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
            result.next();
            return result.getLong(1);
        }
    }
}
