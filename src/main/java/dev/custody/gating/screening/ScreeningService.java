package dev.custody.gating.screening;

import dev.custody.gating.GateFacts;
import dev.custody.gating.PartyIndex;
import dev.custody.gating.Screening;
import dev.custody.reference.RestrictedParty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Imports the Consolidated Screening List all or nothing, replacing the list in force in one transaction, and
 * keeps the index of the list in force in memory: it is rebuilt only when a newer import is found, so a decision
 * does not read and normalise some 20,000 names each time.
 */
@ApplicationScoped
public class ScreeningService {
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;
    @Inject
    ScreeningConfig config;
    @Inject
    Clock clock;

    private record Cached(Long listId, PartyIndex index) {
    }

    private volatile Cached cached = new Cached(null, PartyIndex.of(List.of()));

    /** Checks the whole file first: on any problem nothing is written and the list in force stays. */
    @Transactional
    public ScreeningList importFile(byte[] file, String fileName, String user) {
        CslFile.Parsed parsed = CslFile.read(file, config.maxBytes());
        ScreeningList list = new ScreeningList();
        list.source = ScreeningList.CSL;
        list.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        list.importedAt = Instant.now(clock);
        list.importedBy = user;
        list.rowCount = parsed.entries().size();
        list.nameCount = PartyIndex.of(parties(parsed.entries())).size();
        list.checksum = parsed.checksum();
        list.persist();
        em.flush();
        insert(list.id, parsed.entries());
        ScreeningEntry.delete("listId <> ?1", list.id);
        ScreeningList.delete("id <> ?1", list.id);
        return list;
    }

    /**
     * What every organization is screened against: the seeded parties (Section 889, FCC Covered List) and the list
     * in force, with the similarity from which a close name needs adjudication.
     */
    public Screening screening() {
        List<GateFacts.Party> seeded = RestrictedParty.<RestrictedParty>listAll().stream()
                .map(p -> new GateFacts.Party(p.name, p.aliases, p.listName)).toList();
        return new Screening(List.of(PartyIndex.of(seeded), index()), config.similarityThreshold());
    }

    public Optional<ScreeningList> inForce() {
        return ScreeningList.inForce();
    }

    /** The index of the list in force (empty before the first import); needs no transaction of its own. */
    public PartyIndex index() {
        Long current = em.createQuery("select max(l.id) from ScreeningList l", Long.class).getSingleResult();
        Cached known = cached;
        if (Objects.equals(known.listId(), current)) {
            return known.index();
        }
        List<Object[]> rows = current == null ? List.of() : em.createQuery("select e.name, e.aliases, e.source "
                + "from ScreeningEntry e where e.listId = ?1 order by e.fileRow", Object[].class)
                .setParameter(1, current).getResultList();
        PartyIndex index = PartyIndex.of(rows.stream()
                .map(r -> new GateFacts.Party((String) r[0], (String) r[1], (String) r[2])).toList());
        cached = new Cached(current, index);
        return index;
    }

    private static List<GateFacts.Party> parties(List<CslFile.Entry> entries) {
        return entries.stream().map(e -> new GateFacts.Party(e.name(), e.aliases(), e.source())).toList();
    }

    private void insert(long listId, List<CslFile.Entry> entries) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO screening_entry "
                    + "(list_id, file_row, csl_id, source, party_type, name, aliases) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (CslFile.Entry e : entries) {
                    insert.setLong(1, listId);
                    insert.setInt(2, e.row());
                    insert.setString(3, e.cslId());
                    insert.setString(4, e.source());
                    insert.setString(5, e.type());
                    insert.setString(6, e.name());
                    if (e.aliases() == null) {
                        insert.setNull(7, Types.VARCHAR);
                    } else {
                        insert.setString(7, e.aliases());
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
    }
}
