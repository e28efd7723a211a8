package dev.custody.scoring;

import dev.custody.network.Assessment;
import dev.custody.network.Criticality;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.LegKind;
import dev.custody.network.SiteActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads the facts the calculators score in a handful of bulk queries per run, never one per organization.
 * Rows are ordered in memory (links by id, legs by sequence): products of floating-point factors must
 * multiply in the same order in a full and in an incremental rescore.
 */
@ApplicationScoped
public class FactsLoader {
    /** Ids per IN list: within what H2 and PostgreSQL accept as bind parameters. */
    static final int CHUNK = 1000;
    /** Above this many ids one scan of the table beats chunks of IN lists. */
    static final int SCAN_ALL_ABOVE = 5000;

    @Inject
    EntityManager em;

    /** Every organization of the network. */
    public NetworkFacts all() {
        return load(null);
    }

    /** These organizations (unknown ids are skipped), with their own links and legs. */
    public NetworkFacts of(Collection<Long> ids) {
        return load(List.copyOf(ids));
    }

    private NetworkFacts load(List<Long> ids) {
        Map<String, Facts.Country> countries = countries();
        Map<Long, List<Facts.Site>> sites = new HashMap<>();
        for (Object[] r : rows("select s.id, s.organization.id, s.name, s.city, s.activities, s.country from Site s",
                "s.organization.id", 1, ids)) {
            @SuppressWarnings("unchecked")
            Set<SiteActivity> activities = (Set<SiteActivity>) r[4];
            sites.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Facts.Site((Long) r[0], (String) r[2],
                    (String) r[3], activities, countries.get((String) r[5])));
        }
        Map<Long, List<Facts.Incident>> incidents = new HashMap<>();
        for (Object[] r : rows("select i.id, i.organization.id, i.title, i.occurredOn, i.category, i.severity, i.status "
                + "from Incident i", "i.organization.id", 1, ids)) {
            incidents.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Facts.Incident((Long) r[0],
                    (String) r[2], (LocalDate) r[3], (IncidentCategory) r[4], ((BigDecimal) r[5]).doubleValue(),
                    (IncidentStatus) r[6]));
        }
        Map<Long, Facts.Assessment> assessments = latestAssessments(ids);
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        for (Object[] r : rows("select o.id, o.name, o.hqCountry from Organization o", "o.id", 0, ids)) {
            long id = (Long) r[0];
            organizations.put(id, new Facts.Organization(id, (String) r[1], countries.get((String) r[2]),
                    sites.getOrDefault(id, List.of()), assessments.get(id), incidents.getOrDefault(id, List.of())));
        }
        List<Object[]> links = rows("select l.id, l.buyer.id, l.supplier.id, l.item, l.criticality, l.share "
                + "from SupplyLink l", "l.buyer.id", 1, ids);
        List<Object[]> legs = rows("select g.sequence, g.vendor.id, g.id, g.kind, g.handler.id, g.country, g.seals, "
                + "g.tracking, g.escort from CustodyLeg g", "g.vendor.id", 1, ids);
        Map<Long, String> names = names(organizations, links, legs);
        return new NetworkFacts(organizations, links(links, names), legs(legs, names, countries));
    }

    private Map<String, Facts.Country> countries() {
        Map<String, Map<String, Double>> indicators = indicators();
        Map<String, Facts.Country> countries = new HashMap<>();
        for (Object[] r : em.createQuery("select c.iso2, c.name, c.cpiScore, c.usEmbargoed, c.earGroupE1, c.earGroupE2, "
                + "c.itarProscribed, c.intelligenceLaw from Country c", Object[].class).getResultList()) {
            countries.put((String) r[0], new Facts.Country((String) r[0], (String) r[1], (Integer) r[2],
                    (Boolean) r[3], (Boolean) r[4] || (Boolean) r[5], (Boolean) r[6], (Boolean) r[7],
                    indicators.getOrDefault((String) r[0], Map.of())));
        }
        return countries;
    }

    /** The custom indicators of each country by name, as 0..100 risk (dev.custody.indicators). */
    private Map<String, Map<String, Double>> indicators() {
        Map<String, Map<String, Double>> indicators = new HashMap<>();
        for (Object[] r : em.createQuery("select v.iso2, v.indicator.name, v.risk from CountryIndicatorValue v",
                Object[].class).getResultList()) {
            indicators.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], (Double) r[2]);
        }
        return indicators;
    }

    /** The latest assessment of each organization: newest assessedOn, the later record on the same day. */
    private Map<Long, Facts.Assessment> latestAssessments(List<Long> ids) {
        Map<Long, Assessment> latest = new HashMap<>();
        Comparator<Assessment> newer = Comparator.comparing((Assessment a) -> a.assessedOn).thenComparing(a -> a.id);
        Set<Long> wanted = ids == null ? null : new HashSet<>(ids);
        for (List<Long> chunk : scanOrChunks(ids)) {
            var select = em.createQuery(chunk == null ? "select a from Assessment a"
                    : "select a from Assessment a where a.organization.id in :ids", Assessment.class)
                    .setHint(HibernateHints.HINT_READ_ONLY, true);
            if (chunk != null) {
                select.setParameter("ids", chunk);
            }
            for (Assessment a : select.getResultList()) {
                if (wanted == null || wanted.contains(a.organization.id)) {
                    latest.merge(a.organization.id, a, (x, y) -> newer.compare(x, y) >= 0 ? x : y);
                }
            }
        }
        Map<Long, Facts.Assessment> facts = new HashMap<>();
        latest.forEach((org, a) -> facts.put(org, new Facts.Assessment(a.id, a.assessedOn, a.ratings())));
        return facts;
    }

    /** Names of the suppliers and handlers named by links and legs; most are among the organizations loaded. */
    private Map<Long, String> names(Map<Long, Facts.Organization> organizations, List<Object[]> links,
            List<Object[]> legs) {
        Map<Long, String> names = new HashMap<>();
        organizations.forEach((id, o) -> names.put(id, o.name()));
        Set<Long> missing = new HashSet<>();
        links.forEach(r -> missing.add((Long) r[2]));
        legs.forEach(r -> missing.add((Long) r[4]));
        missing.removeAll(names.keySet());
        for (Object[] r : rows("select o.id, o.name from Organization o", "o.id", 0, List.copyOf(missing))) {
            names.put((Long) r[0], (String) r[1]);
        }
        return names;
    }

    private static Map<Long, List<Facts.SupplierLink>> links(List<Object[]> rows, Map<Long, String> names) {
        Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
        for (Object[] r : rows) {
            long supplier = (Long) r[2];
            links.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Facts.SupplierLink(supplier,
                    names.get(supplier), (String) r[3], (Criticality) r[4], ((BigDecimal) r[5]).doubleValue(),
                    (Long) r[0]));
        }
        return links;
    }

    private static Map<Long, List<Facts.Leg>> legs(List<Object[]> rows, Map<Long, String> names,
            Map<String, Facts.Country> countries) {
        Map<Long, List<Facts.Leg>> legs = new HashMap<>();
        for (Object[] r : rows) {
            long handler = (Long) r[4];
            legs.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Facts.Leg((Long) r[2], (Integer) r[0],
                    (LegKind) r[3], handler, names.get(handler), countries.get((String) r[5]), (Boolean) r[6],
                    (Boolean) r[7], (Boolean) r[8]));
        }
        return legs;
    }

    /** The rows of the select whose owner (column ownerIndex) is among the ids (all: null), sorted by column 0. */
    private List<Object[]> rows(String select, String ownerPath, int ownerIndex, List<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (List<Long> chunk : scanOrChunks(ids)) {
            if (chunk == null) {
                rows.addAll(em.createQuery(select, Object[].class).getResultList());
            } else {
                rows.addAll(em.createQuery(select + " where " + ownerPath + " in :ids", Object[].class)
                        .setParameter("ids", chunk).getResultList());
            }
        }
        if (ids != null && ids.size() > SCAN_ALL_ABOVE) {
            Set<Long> wanted = new HashSet<>(ids);
            rows.removeIf(r -> !wanted.contains((Long) r[ownerIndex]));
        }
        rows.sort(Comparator.comparing(r -> comparable(r[0])));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        return (Comparable<Object>) value;
    }

    /** One null chunk (scan the whole table) for all ids or many; else the ids in IN-list chunks. */
    static List<List<Long>> scanOrChunks(List<Long> ids) {
        if (ids == null || ids.size() > SCAN_ALL_ABOVE) {
            List<List<Long>> all = new ArrayList<>();
            all.add(null);
            return all;
        }
        return chunks(ids);
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
