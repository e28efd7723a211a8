package dev.custody.seeding;

import dev.custody.network.InsiderFactor;
import dev.custody.network.Names;
import dev.custody.network.SiteActivitiesConverter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/** The INSERTs of one synthetic-network write on one connection; records refer to organizations by index. */
final class SyntheticRows {
    private static final Logger LOG = Logger.getLogger(SyntheticRows.class);
    private static final SiteActivitiesConverter ACTIVITIES = new SiteActivitiesConverter();
    private static final String SOURCE = "Synthetic benchmark data (fictional)";

    private final Connection connection;
    private final boolean commitEachBatch;
    private final OffsetDateTime now;

    SyntheticRows(Connection connection, boolean commitEachBatch, OffsetDateTime now) {
        this.connection = connection;
        this.commitEachBatch = commitEachBatch;
        this.now = now;
    }

    int write(SyntheticNetwork network) throws SQLException {
        long existing = organizationCount();
        if (existing > 0) {
            LOG.infof("Synthetic network not written: the database already holds %d organizations", existing);
            return 0;
        }
        long started = System.nanoTime();
        insertOrganizations(network);
        long[] ids = organizationIds(network);
        int rows = network.organizations().size() + insertSites(network, ids) + insertLinks(network, ids)
                + insertLegs(network, ids) + insertIncidents(network, ids) + insertAssessments(network, ids);
        LOG.infof("Wrote the synthetic network: %d rows in %d ms", rows, (System.nanoTime() - started) / 1_000_000);
        return rows;
    }

    private long organizationCount() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM organization");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private void insertOrganizations(SyntheticNetwork network) throws SQLException {
        insert("INSERT INTO organization (name, kind, hq_country, ownership, parent_company, parent_country, tier, "
                + "created_at, updated_at, version, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                network.organizations(), (s, org) -> {
                    s.setString(1, org.name());
                    s.setString(2, org.kind().name());
                    s.setString(3, org.hqCountry());
                    s.setString(4, org.ownership().name());
                    s.setString(5, org.parentCompany());
                    s.setString(6, org.parentCountry());
                    s.setObject(7, org.tier(), Types.INTEGER);
                    s.setObject(8, now);
                    s.setObject(9, now);
                    s.setString(10, Names.key(org.name()));
                });
    }

    /** Identity columns give the ids; names are unique, so reading them back maps index to id portably. */
    private long[] organizationIds(SyntheticNetwork network) throws SQLException {
        Map<String, Integer> indexByName = new HashMap<>(network.organizations().size() * 2);
        for (int i = 0; i < network.organizations().size(); i++) {
            indexByName.put(network.organizations().get(i).name(), i);
        }
        long[] ids = new long[indexByName.size()];
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM organization");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                ids[indexByName.get(result.getString(2))] = result.getLong(1);
            }
        }
        return ids;
    }

    private int insertSites(SyntheticNetwork network, long[] ids) throws SQLException {
        return insert("INSERT INTO site (organization_id, name, country, city, activities, version) "
                + "VALUES (?, ?, ?, ?, ?, 0)", network.sites(), (s, site) -> {
                    s.setLong(1, ids[site.organization()]);
                    s.setString(2, site.name());
                    s.setString(3, site.country());
                    s.setString(4, site.city());
                    s.setString(5, ACTIVITIES.convertToDatabaseColumn(site.activities()));
                });
    }

    private int insertLinks(SyntheticNetwork network, long[] ids) throws SQLException {
        return insert("INSERT INTO supply_link (buyer_id, supplier_id, item, item_kind, share, criticality, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, 0)", network.links(), (s, link) -> {
                    s.setLong(1, ids[link.buyer()]);
                    s.setLong(2, ids[link.supplier()]);
                    s.setString(3, link.item());
                    s.setString(4, link.itemKind().name());
                    s.setBigDecimal(5, link.share());
                    s.setString(6, link.criticality().name());
                });
    }

    private int insertLegs(SyntheticNetwork network, long[] ids) throws SQLException {
        return insert("INSERT INTO custody_leg (vendor_id, sequence_no, kind, handler_id, country, seals, tracking, "
                + "escort, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", network.legs(), (s, leg) -> {
                    s.setLong(1, ids[leg.vendor()]);
                    s.setInt(2, leg.sequence());
                    s.setString(3, leg.kind().name());
                    s.setLong(4, ids[leg.handler()]);
                    s.setString(5, leg.country());
                    s.setBoolean(6, leg.seals());
                    s.setBoolean(7, leg.tracking());
                    s.setBoolean(8, leg.escort());
                });
    }

    private int insertIncidents(SyntheticNetwork network, long[] ids) throws SQLException {
        return insert("INSERT INTO incident (organization_id, occurred_on, category, severity, status, title, "
                + "source_reference, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", network.incidents(), (s, incident) -> {
                    s.setLong(1, ids[incident.organization()]);
                    s.setObject(2, incident.occurredOn());
                    s.setString(3, incident.category().name());
                    s.setBigDecimal(4, incident.severity());
                    s.setString(5, incident.status().name());
                    s.setString(6, incident.title());
                    s.setString(7, SOURCE);
                });
    }

    private int insertAssessments(SyntheticNetwork network, long[] ids) throws SQLException {
        StringBuilder columns = new StringBuilder("organization_id, assessor, assessed_on");
        StringBuilder values = new StringBuilder("?, ?, ?");
        for (InsiderFactor factor : InsiderFactor.values()) {
            // Each factor's column is named after it (see Assessment).
            columns.append(", ").append(factor.name().toLowerCase(Locale.ROOT));
            values.append(", ?");
        }
        String sql = "INSERT INTO assessment (" + columns + ", version) VALUES (" + values + ", 0)";
        return insert(sql, network.assessments(), (s, assessment) -> {
            s.setLong(1, ids[assessment.organization()]);
            s.setString(2, assessment.assessor());
            s.setObject(3, assessment.assessedOn());
            int parameter = 4;
            for (InsiderFactor factor : InsiderFactor.values()) {
                s.setObject(parameter++, assessment.ratings().get(factor), Types.INTEGER);
            }
        });
    }

    private <T> int insert(String sql, Iterable<T> rows, BatchInsert.Binder<T> binder) throws SQLException {
        return BatchInsert.all(connection, commitEachBatch, sql, rows, binder);
    }
}
