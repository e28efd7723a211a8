package dev.custody.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.seeding.Seeder;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The versions of the scoring model, and which one is active; version 1 holds the domain defaults. */
@ApplicationScoped
public class ScoringModelService {
    static final String SEED = "scoring-model-v1";
    static final String SYSTEM = "system";

    @Inject
    ObjectMapper mapper;
    @Inject
    Seeder seeder;
    @Inject
    Clock clock;

    /** Parsed parameters of versions that can no longer change (active or retired). */
    private final Map<Integer, ScoringModel> fixed = new ConcurrentHashMap<>();

    /** The active model; a database without any gets version 1 first (once, whatever the number of instances). */
    public ActiveModel active() {
        ScoringModelVersion active = findActive();
        if (active == null) {
            ensureDefault();
            active = findActive();
        }
        if (active == null) {
            throw new IllegalStateException("No active scoring model, though version 1 was seeded");
        }
        return new ActiveModel(active.version, parameters(active));
    }

    /** Stores version 1 (ScoringModel.defaults(), active) unless this database has had it. */
    public void ensureDefault() {
        seeder.seed(SEED, () -> {
            if (ScoringModelVersion.count() > 0) {
                return 0;
            }
            ScoringModelVersion first = new ScoringModelVersion();
            first.version = 1;
            first.status = ModelStatus.ACTIVE;
            first.parameters = json(ScoringModel.defaults());
            first.note = "Defaults of the domain guide";
            first.createdBy = SYSTEM;
            first.createdAt = Instant.now(clock);
            first.activatedAt = first.createdAt;
            first.persist();
            return 1;
        });
    }

    /** Every version, newest first. */
    public List<ScoringModelVersion> list() {
        return ScoringModelVersion.list("order by version desc");
    }

    public ScoringModelVersion get(int version) {
        return ScoringModelVersion.<ScoringModelVersion>findByIdOptional(version)
                .orElseThrow(() -> new NotFoundException("Scoring model version", version));
    }

    public ScoringModel parameters(ScoringModelVersion version) {
        if (version.status == ModelStatus.DRAFT) {
            return parse(version.parameters);
        }
        return fixed.computeIfAbsent(version.version, v -> parse(version.parameters));
    }

    private static ScoringModelVersion findActive() {
        return ScoringModelVersion.find("status = ?1 order by version desc", ModelStatus.ACTIVE).firstResult();
    }

    String json(ScoringModel model) {
        try {
            return mapper.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    ScoringModel parse(String json) {
        try {
            return mapper.readValue(json, ScoringModel.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
