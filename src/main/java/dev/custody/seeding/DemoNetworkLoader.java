package dev.custody.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Assessment;
import dev.custody.network.CustodyLeg;
import dev.custody.network.Incident;
import dev.custody.network.Organization;
import dev.custody.network.Site;
import dev.custody.network.SupplyLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the fictional demo network from data-seeds/demo/demo-network.json into a database without
 * organizations; an unknown reference fails the whole seed, naming its place in the file.
 */
@ApplicationScoped
public class DemoNetworkLoader {
    static final String RESOURCE = "data-seeds/demo/demo-network.json";
    private static final Logger LOG = Logger.getLogger(DemoNetworkLoader.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Returns the number of records created: 0 when organizations exist already (never mix into user data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int load() {
        long existing = Organization.count();
        if (existing > 0) {
            LOG.infof("Demo network not loaded: the database already holds %d organizations", existing);
            return 0;
        }
        DemoNetwork network = new DemoNetworkReader(countryCodes(), LocalDate.now(clock)).read(readSeed());
        Organization.persist(network.organizations());
        Site.persist(network.sites());
        SupplyLink.persist(network.links());
        CustodyLeg.persist(network.legs());
        Incident.persist(network.incidents());
        Assessment.persist(network.assessments());
        return network.size();
    }

    private Set<String> countryCodes() {
        return new HashSet<>(em.createQuery("select c.iso2 from Country c", String.class).getResultList());
    }

    private SeedNode readSeed() {
        try (InputStream in = DemoNetworkLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + RESOURCE);
            }
            JsonNode root = mapper.readTree(in);
            return SeedNode.root(root, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
