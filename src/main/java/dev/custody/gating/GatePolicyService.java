package dev.custody.gating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.scoring.ModelStatus;
import dev.custody.seeding.Seeder;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The versions of the gate policy and which one is active; version 1 holds GatePolicy.defaults(). */
@ApplicationScoped
public class GatePolicyService {
    static final String SEED = "gate-policy-v1";

    @Inject
    ObjectMapper mapper;
    @Inject
    Seeder seeder;
    @Inject
    Clock clock;

    /** The active policy with its version; a database without any gets version 1 first. */
    public GatePolicyVersion active() {
        GatePolicyVersion active = findActive();
        if (active == null) {
            ensureDefault();
            active = findActive();
        }
        if (active == null) {
            throw new IllegalStateException("No active gate policy, though version 1 was seeded");
        }
        return active;
    }

    /** Stores version 1 (the defaults, active) unless this database has had it. */
    public void ensureDefault() {
        seeder.seed(SEED, () -> {
            if (GatePolicyVersion.count() > 0) {
                return 0;
            }
            GatePolicyVersion first = new GatePolicyVersion();
            first.version = 1;
            first.status = ModelStatus.ACTIVE;
            first.parameters = json(GatePolicy.defaults());
            first.note = "Defaults: stricter thresholds and more visibility the more critical the deployment";
            first.createdBy = "system";
            first.createdAt = Instant.now(clock);
            first.activatedAt = first.createdAt;
            first.persist();
            return 1;
        });
    }

    /** Every version, newest first. */
    public List<GatePolicyVersion> list() {
        active();
        return GatePolicyVersion.list("order by version desc");
    }

    public GatePolicyVersion get(int version) {
        return GatePolicyVersion.<GatePolicyVersion>findByIdOptional(version)
                .orElseThrow(() -> new NotFoundException("Gate policy version", version));
    }

    public GatePolicy parameters(GatePolicyVersion version) {
        try {
            return mapper.readValue(version.parameters, GatePolicy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Gate policy " + version.version + " cannot be read", e);
        }
    }

    private static GatePolicyVersion findActive() {
        return GatePolicyVersion.find("status = ?1 order by version desc", ModelStatus.ACTIVE).firstResult();
    }

    String json(GatePolicy policy) {
        try {
            return mapper.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
