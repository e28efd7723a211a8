package dev.custody.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * How many organizations, supply links, custody legs, sites and incidents there are, with the sum of their ids: read
 * from the database and computed from the graph, two stamps differ when rows were added or deleted around the services
 * (a seed, a script, SQL), which the warm graph cannot otherwise know of. Changes to existing rows made around the
 * services are not seen here; the daily rescore reloads everything from the database.
 */
public record NetworkStamp(long[] values) {
    /** The tables, in the order of the values (count, sum of ids) each. */
    static final List<String> TABLES = List.of("organization", "supply_link", "custody_leg", "site", "incident");

    /** The stamp of what the graph holds. */
    static NetworkStamp of(ScoringGraph graph) {
        long[] v = new long[TABLES.size() * 2];
        NetworkFacts facts = graph.facts();
        for (Facts.Organization o : facts.organizations().values()) {
            add(v, 0, o.id());
            o.sites().forEach(s -> add(v, 3, s.id()));
            o.incidents().forEach(i -> add(v, 4, i.id()));
        }
        facts.links().values().forEach(links -> links.forEach(l -> add(v, 1, l.id() == null ? 0 : l.id())));
        facts.legs().values().forEach(legs -> legs.forEach(l -> add(v, 2, l.id())));
        return new NetworkStamp(v);
    }

    private static void add(long[] values, int table, long id) {
        values[table * 2]++;
        values[table * 2 + 1] += id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NetworkStamp s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
