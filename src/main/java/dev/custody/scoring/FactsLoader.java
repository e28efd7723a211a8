package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.LegKind;
import dev.custody.network.SiteActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Reads the facts the calculators score with plain JDBC in a handful of bulk queries per run (no entities, no
 * persistence context: the whole network of 100,000 organizations loads in a few seconds), never one per
 * organization. Rows come ordered by id (legs by sequence): products of floating-point factors must multiply in the
 * same order in a full and in an incremental rescore.
 */
@ApplicationScoped
public class FactsLoader {
    /** Ids per IN list: within what H2 and PostgreSQL accept as bind parameters. */
    static final int CHUNK = 1000;
    /** Above this many ids one scan of the table beats chunks of IN lists. */
    static final int SCAN_ALL_ABOVE = 5000;
    private static final InsiderFactor[] FACTORS = InsiderFactor.values();

    @Inject
    EntityManager em;

    /** Every organization of the network. */
    public NetworkFacts all() {
        return work(c -> load(c, null, countries(c)));
    }

    /** Every organization of the network, in these countries (countries()). */
    public NetworkFacts all(Map<String, Facts.Country> countries) {
        return work(c -> load(c, null, countries));
    }

    /** These organizations (unknown ids are skipped), with their own links and legs. */
    public NetworkFacts of(Collection<Long> ids) {
        return work(c -> load(c, List.copyOf(ids), countries(c)));
    }

    /** These organizations, in these countries (countries(): read once, not at every edit). */
    public NetworkFacts of(Collection<Long> ids, Map<String, Facts.Country> countries) {
        return work(c -> load(c, List.copyOf(ids), countries));
    }

    /** Every country with its rules and custom indicators, by ISO code. */
    public Map<String, Facts.Country> countries() {
        return work(FactsLoader::countries);
    }

    /** Counts and id sums of the tables the graph mirrors, as committed (see NetworkStamp). */
    public NetworkStamp stamp() {
        return work(c -> {
            long[] values = new long[NetworkStamp.TABLES.size() * 2];
            int i = 0;
            for (String table : NetworkStamp.TABLES) {
                try (PreparedStatement statement = c.prepareStatement("select count(*), coalesce(sum(id), 0) from "
                        + table); ResultSet r = statement.executeQuery()) {
                    r.next();
                    values[i++] = r.getLong(1);
                    values[i++] = r.getLong(2);
                }
            }
            return new NetworkStamp(values);
        });
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        // Plain JDBC does not flush the persistence context as a query would: the changes of the caller's
        // transaction (an organization deleted, a link added) must be in the database before they are read.
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return em.unwrap(Session.class).doReturningWork(work);
    }

    static NetworkFacts load(Connection c, List<Long> ids, Map<String, Facts.Country> countries)
            throws SQLException {
        Map<String, String> strings = new HashMap<>();
        Map<Long, List<Facts.Site>> sites = new HashMap<>();
        rows(c, "select id, organization_id, name, city, activities, country from site", "organization_id", ids, r ->
                sites.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(new Facts.Site(r.getLong(1),
                        r.getString(3), intern(strings, r.getString(4)), activities(r.getString(5)),
                        countries.get(r.getString(6)))));
        Map<Long, List<Facts.Incident>> incidents = new HashMap<>();
        rows(c, "select id, organization_id, title, occurred_on, category, severity, status from incident",
                "organization_id", ids, r -> incidents.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
                        .add(new Facts.Incident(r.getLong(1), r.getString(3), r.getObject(4, LocalDate.class),
                                IncidentCategory.valueOf(r.getString(5)), r.getDouble(6),
                                IncidentStatus.valueOf(r.getString(7)))));
        Map<Long, Facts.Assessment> assessments = latestAssessments(c, ids);
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        rows(c, "select id, name, hq_country from organization", "id", ids, r -> {
            long id = r.getLong(1);
            organizations.put(id, new Facts.Organization(id, r.getString(2), countries.get(r.getString(3)),
                    list(sites.get(id)), assessments.get(id), list(incidents.get(id))));
        });
        Map<Long, String> names = new HashMap<>();
        organizations.forEach((id, o) -> names.put(id, o.name()));
        List<Object[]> linkRows = new ArrayList<>();
        rows(c, "select id, buyer_id, supplier_id, item, criticality, share from supply_link", "buyer_id", ids,
                r -> linkRows.add(new Object[] {r.getLong(1), r.getLong(2), r.getLong(3),
                    intern(strings, r.getString(4)), Criticality.valueOf(r.getString(5)), r.getDouble(6)}));
        List<Object[]> legRows = new ArrayList<>();
        rows(c, "select id, vendor_id, sequence_no, kind, handler_id, country, seals, tracking, escort from custody_leg",
                "vendor_id", ids, r -> legRows.add(new Object[] {r.getLong(1), r.getLong(2), r.getInt(3),
                    LegKind.valueOf(r.getString(4)), r.getLong(5), countries.get(r.getString(6)), r.getBoolean(7),
                    r.getBoolean(8), r.getBoolean(9)}));
        missingNames(c, names, linkRows, legRows);
        Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
        for (Object[] r : linkRows) {
            long supplier = (Long) r[2];
            links.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Facts.SupplierLink(supplier,
                    names.get(supplier), (String) r[3], (Criticality) r[4], (Double) r[5], (Long) r[0]));
        }
        legRows.sort(java.util.Comparator.comparingInt((Object[] r) -> (Integer) r[2]));
        Map<Long, List<Facts.Leg>> legs = new HashMap<>();
        for (Object[] r : legRows) {
            long handler = (Long) r[4];
            legs.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Facts.Leg((Long) r[0], (Integer) r[2],
                    (LegKind) r[3], handler, names.get(handler), (Facts.Country) r[5], (Boolean) r[6],
                    (Boolean) r[7], (Boolean) r[8]));
        }
        return new NetworkFacts(organizations, links, legs);
    }

    static Map<String, Facts.Country> countries(Connection c) throws SQLException {
        Map<String, Map<String, Double>> indicators = new HashMap<>();
        rows(c, "select v.iso2, i.name, v.risk from country_indicator_value v join country_indicator i "
                + "on i.id = v.indicator_id", null, null, r -> indicators.computeIfAbsent(r.getString(1),
                        k -> new HashMap<>()).put(r.getString(2), r.getDouble(3)));
        Map<String, Facts.Country> countries = new HashMap<>();
        rows(c, "select iso2, name, cpi_score, us_embargoed, ear_group_e1, ear_group_e2, itar_proscribed, "
                + "intelligence_law from country", null, null, r -> {
                    int cpi = r.getInt(3);
                    Integer cpiScore = r.wasNull() ? null : cpi;
                    boolean law = r.getBoolean(8);
                    Boolean intelligenceLaw = r.wasNull() ? null : law;
                    String iso2 = r.getString(1);
                    countries.put(iso2, new Facts.Country(iso2, r.getString(2), cpiScore, r.getBoolean(4),
                            r.getBoolean(5) || r.getBoolean(6), r.getBoolean(7), intelligenceLaw,
                            indicators.getOrDefault(iso2, Map.of())));
                });
        return countries;
    }

    /** The latest assessment of each organization: newest assessed_on, the later record on the same day. */
    private static Map<Long, Facts.Assessment> latestAssessments(Connection c, List<Long> ids) throws SQLException {
        StringBuilder select = new StringBuilder("select organization_id, id, assessed_on");
        for (InsiderFactor f : FACTORS) {
            select.append(", ").append(column(f));
        }
        Map<Long, Facts.Assessment> latest = new HashMap<>();
        rows(c, select.append(" from assessment").toString(), "organization_id", ids, r -> {
            long organization = r.getLong(1);
            long id = r.getLong(2);
            LocalDate on = r.getObject(3, LocalDate.class);
            Facts.Assessment known = latest.get(organization);
            int newer = known == null ? 1 : on.compareTo(known.assessedOn());
            if (newer > 0 || newer == 0 && id > known.id()) {
                Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
                for (int i = 0; i < FACTORS.length; i++) {
                    int rating = r.getInt(4 + i);
                    if (!r.wasNull()) {
                        ratings.put(FACTORS[i], rating);
                    }
                }
                latest.put(organization, new Facts.Assessment(id, on, ratings));
            }
        });
        return latest;
    }

    /** The column of an insider factor in table assessment (PERSONNEL_SCREENING: personnel_screening). */
    static String column(InsiderFactor factor) {
        return factor.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Names of the suppliers and handlers named by links and legs outside the organizations loaded. */
    private static void missingNames(Connection c, Map<Long, String> names, List<Object[]> links, List<Object[]> legs)
            throws SQLException {
        Set<Long> missing = new HashSet<>();
        links.forEach(r -> missing.add((Long) r[2]));
        legs.forEach(r -> missing.add((Long) r[4]));
        missing.removeAll(names.keySet());
        if (!missing.isEmpty()) {
            rows(c, "select id, name from organization", "id", List.copyOf(missing),
                    r -> names.put(r.getLong(1), r.getString(2)));
        }
    }

    private static Set<SiteActivity> activities(String column) {
        if (column == null || column.isBlank()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(SiteActivity.class));
        }
        EnumSet<SiteActivity> activities = EnumSet.noneOf(SiteActivity.class);
        for (String name : column.split(",")) {
            activities.add(SiteActivity.valueOf(name.trim()));
        }
        return Collections.unmodifiableSet(activities);
    }

    private static String intern(Map<String, String> strings, String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** One result row at a time. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet r) throws SQLException;
    }

    /**
     * The rows of the select whose owner column is among the ids (all: null; owner null: no filter), ordered by the
     * first column; a set of ids above SCAN_ALL_ABOVE reads the whole table and skips the others.
     */
    private static void rows(Connection c, String select, String owner, List<Long> ids, Row row) throws SQLException {
        String order = " order by " + select.substring("select ".length(), select.indexOf(','));
        if (ids == null || owner == null || ids.size() > SCAN_ALL_ABOVE) {
            Set<Long> wanted = ids == null || owner == null ? null : new HashSet<>(ids);
            int ownerColumn = wanted == null ? 0 : ownerColumn(select, owner);
            try (PreparedStatement statement = c.prepareStatement(select + order)) {
                statement.setFetchSize(5000);
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        if (wanted == null || wanted.contains(r.getLong(ownerColumn))) {
                            row.read(r);
                        }
                    }
                }
            }
            return;
        }
        for (List<Long> chunk : chunks(ids)) {
            try (PreparedStatement statement = c.prepareStatement(select + " where " + owner + " in ("
                    + "?,".repeat(chunk.size() - 1) + "?)" + order)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        row.read(r);
                    }
                }
            }
        }
    }

    /** The 1-based position of the owner column in the select list. */
    private static int ownerColumn(String select, String owner) {
        String[] columns = select.substring("select ".length(), select.indexOf(" from ")).split(",");
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].trim().equals(owner)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(owner + " is not selected by " + select);
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
