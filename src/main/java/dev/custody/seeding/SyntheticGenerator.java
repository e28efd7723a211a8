package dev.custody.seeding;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.ItemKind;
import dev.custody.network.LegKind;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.seeding.SyntheticNetwork.AssessmentRow;
import dev.custody.seeding.SyntheticNetwork.IncidentRow;
import dev.custody.seeding.SyntheticNetwork.Leg;
import dev.custody.seeding.SyntheticNetwork.Link;
import dev.custody.seeding.SyntheticNetwork.Org;
import dev.custody.seeding.SyntheticNetwork.SiteRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a SyntheticNetwork. Links only go from one layer to the next, and every organization below the
 * vendors gets a buyer in the layer above, so the graph has no cycle and each layer is exactly its tier.
 */
final class SyntheticGenerator {
    static final int MIN_ORGANIZATIONS = 50;
    /** Shares of the supply-graph organizations per layer: about 3% vendors, deeper layers larger. */
    private static final double[] LAYER_SHARES = {0.03, 0.10, 0.20, 0.30, 0.37};
    private static final double LOGISTICS_SHARE = 0.04;
    private static final LocalDate FIRST_INCIDENT = LocalDate.of(2016, 1, 1);
    private static final Set<InsiderFactor> PRODUCT_FACTORS = EnumSet.of(InsiderFactor.COMPONENT_PROVENANCE,
            InsiderFactor.INCOMING_INSPECTION, InsiderFactor.FIRMWARE_INTEGRITY,
            InsiderFactor.CONFIGURATION_ATTESTATION, InsiderFactor.SUBTIER_VISIBILITY);

    private final Random random;
    private final int linkCount;
    private final LocalDate today;
    private final int[] layerStart = new int[LAYER_SHARES.length];
    private final int[] layerSize = new int[LAYER_SHARES.length];
    private final int logisticsStart;
    private final int logisticsCount;
    private final List<Org> orgs;
    private final int[] firstSupplier;

    SyntheticGenerator(long seed, int organizations, int links, LocalDate today) {
        if (organizations < MIN_ORGANIZATIONS) {
            throw new IllegalArgumentException("a synthetic network needs at least " + MIN_ORGANIZATIONS + " organizations");
        }
        this.random = new Random(seed);
        this.linkCount = links;
        this.today = today;
        this.logisticsCount = Math.max(5, (int) Math.round(organizations * LOGISTICS_SHARE));
        this.logisticsStart = organizations - logisticsCount;
        planLayers(logisticsStart);
        checkLinkCount();
        this.orgs = new ArrayList<>(organizations);
        this.firstSupplier = new int[organizations];
    }

    SyntheticNetwork generate() {
        organizations();
        List<Link> links = links();
        return new SyntheticNetwork(List.copyOf(orgs), new SyntheticSites(random, orgs).sites(), links, legs(),
                incidents(), assessments());
    }

    private void planLayers(int supplyGraph) {
        int start = 0;
        for (int k = 0; k < LAYER_SHARES.length; k++) {
            boolean last = k == LAYER_SHARES.length - 1;
            layerStart[k] = start;
            layerSize[k] = last ? supplyGraph - start : Math.max(1, (int) Math.round(supplyGraph * LAYER_SHARES[k]));
            start += layerSize[k];
        }
    }

    private void checkLinkCount() {
        long needed = logisticsStart - layerSize[0];
        long possible = 0;
        for (int k = 1; k < layerSize.length; k++) {
            possible += (long) layerSize[k - 1] * layerSize[k];
        }
        if (linkCount < needed || linkCount > possible / 2) {
            throw new IllegalArgumentException("links must be between " + needed + " and " + possible / 2
                    + " for " + (logisticsStart + logisticsCount) + " organizations, not " + linkCount);
        }
    }

    private void organizations() {
        for (int k = 0; k < layerSize.length; k++) {
            for (int i = 0; i < layerSize[k]; i++) {
                orgs.add(organization(orgs.size(), kindInLayer(k), k + 1));
            }
        }
        OrganizationKind[] logistics = {OrganizationKind.LOGISTICS_PROVIDER, OrganizationKind.LOGISTICS_PROVIDER,
            OrganizationKind.LOGISTICS_PROVIDER, OrganizationKind.CUSTOMS_BROKER, OrganizationKind.DISTRIBUTOR};
        for (int j = 0; j < logisticsCount; j++) {
            orgs.add(organization(orgs.size(), logistics[j % logistics.length], null));
        }
    }

    private OrganizationKind kindInLayer(int layer) {
        double r = random.nextDouble();
        return switch (layer) {
            case 0 -> OrganizationKind.VENDOR;
            case 1 -> OrganizationKind.CONTRACT_MANUFACTURER;
            case 2 -> r < 0.25 ? OrganizationKind.FIRMWARE_HOUSE : OrganizationKind.CONTRACT_MANUFACTURER;
            case 3 -> r < 0.08 ? OrganizationKind.FIRMWARE_HOUSE : OrganizationKind.COMPONENT_SUPPLIER;
            default -> OrganizationKind.COMPONENT_SUPPLIER;
        };
    }

    private Org organization(int index, OrganizationKind kind, Integer tier) {
        String name = String.format("Synthetic %s %06d", SyntheticSites.label(kind), index + 1);
        String hq = SyntheticPlaces.draw(random).country();
        double r = random.nextDouble();
        if (r < 0.04) {
            return new Org(name, kind, hq, Ownership.STATE_OWNED, null, null, tier);
        }
        if (r < 0.10) {
            String parentCountry = SyntheticPlaces.draw(random).country();
            if (!parentCountry.equals(hq)) {
                String parent = "Synthetic Holding " + (1 + random.nextInt(500));
                return new Org(name, kind, hq, Ownership.FOREIGN_OWNED, parent, parentCountry, tier);
            }
        }
        return new Org(name, kind, hq, Ownership.PRIVATE, null, null, tier);
    }

    private List<Link> links() {
        List<Link> links = new ArrayList<>(linkCount);
        Set<Long> pairs = new HashSet<>(linkCount * 2);
        for (int k = 1; k < layerSize.length; k++) {
            for (int i = 0; i < layerSize[k]; i++) {
                // The first suppliers of a layer cover every buyer above, so each vendor has a factory.
                int buyer = layerStart[k - 1] + (i < layerSize[k - 1] ? i : random.nextInt(layerSize[k - 1]));
                int supplier = layerStart[k] + i;
                firstSupplier[buyer] = firstSupplier[buyer] == 0 ? supplier + 1 : firstSupplier[buyer];
                addLink(links, pairs, buyer, supplier);
            }
        }
        int belowVendors = logisticsStart - layerSize[0];
        long attempts = 0;
        while (links.size() < linkCount) {
            if (++attempts > 50L * linkCount) {
                throw new IllegalArgumentException("cannot place " + linkCount + " distinct links");
            }
            int k = layerOf(layerSize[0] + random.nextInt(belowVendors));
            int supplier = layerStart[k] + SyntheticPlaces.skewed(random, layerSize[k]);
            int buyer = layerStart[k - 1] + random.nextInt(layerSize[k - 1]);
            addLink(links, pairs, buyer, supplier);
        }
        // In buyer order the unique (buyer, supplier, item) index grows at its end: H2 writes them 4x faster.
        links.sort(Comparator.comparingInt(Link::buyer).thenComparingInt(Link::supplier));
        return links;
    }

    private void addLink(List<Link> links, Set<Long> pairs, int buyer, int supplier) {
        if (!pairs.add(((long) buyer << 32) | supplier)) {
            return;
        }
        ItemKind kind = switch (orgs.get(supplier).kind()) {
            case CONTRACT_MANUFACTURER -> ItemKind.ASSEMBLY;
            case FIRMWARE_HOUSE -> ItemKind.FIRMWARE;
            default -> ItemKind.COMPONENT;
        };
        Criticality criticality = kind == ItemKind.COMPONENT ? componentCriticality() : Criticality.CRITICAL;
        links.add(new Link(buyer, supplier, kind, 5 + random.nextInt(96), criticality));
    }

    private Criticality componentCriticality() {
        double r = random.nextDouble();
        return r < 0.30 ? Criticality.LOW : r < 0.65 ? Criticality.MEDIUM : r < 0.90 ? Criticality.HIGH : Criticality.CRITICAL;
    }

    private int layerOf(int index) {
        int k = layerSize.length - 1;
        while (index < layerStart[k]) {
            k--;
        }
        return k;
    }

    private List<Leg> legs() {
        List<Leg> legs = new ArrayList<>();
        LegKind[] route = {LegKind.FACTORY, LegKind.FORWARDER, LegKind.CARRIER, LegKind.CUSTOMS, LegKind.DISTRIBUTOR};
        for (int vendor = 0; vendor < layerSize[0]; vendor++) {
            int count = 3 + random.nextInt(3);
            int factory = firstSupplier[vendor] - 1;
            String factoryCountry = orgs.get(factory).hqCountry();
            legs.add(new Leg(vendor, 1, LegKind.FACTORY, factory, factoryCountry, true, random.nextDouble() < 0.75, false));
            for (int sequence = 2; sequence <= count; sequence++) {
                // Three legs skip the forwarder: factory, carrier, customs.
                LegKind kind = route[count == 3 ? sequence : sequence - 1];
                legs.add(leg(vendor, sequence, kind, factoryCountry));
            }
        }
        return legs;
    }

    private Leg leg(int vendor, int sequence, LegKind kind, String factoryCountry) {
        int handler = switch (kind) {
            case CUSTOMS -> logistics(3);
            case DISTRIBUTOR -> logistics(4);
            default -> logistics(random.nextInt(3));
        };
        String country = switch (kind) {
            case FORWARDER -> factoryCountry;
            case CARRIER -> orgs.get(handler).hqCountry();
            default -> "NL";
        };
        // Customs may open and reseal packages, so a customs leg never counts as sealed.
        boolean seals = kind != LegKind.CUSTOMS && random.nextDouble() < 0.85;
        return new Leg(vendor, sequence, kind, handler, country, seals, random.nextDouble() < 0.75,
                random.nextDouble() < 0.2);
    }

    /** A random logistics organization at the given position of the repeating five-kind pattern. */
    private int logistics(int offset) {
        int ofKind = (logisticsCount - offset + 4) / 5;
        return logisticsStart + offset + 5 * random.nextInt(ofKind);
    }

    private List<IncidentRow> incidents() {
        List<IncidentRow> incidents = new ArrayList<>();
        int days = (int) ChronoUnit.DAYS.between(FIRST_INCIDENT, today);
        IncidentCategory[] categories = IncidentCategory.values();
        for (int org = 0; org < orgs.size(); org++) {
            if (random.nextDouble() >= 0.02) {
                continue;
            }
            IncidentCategory category = categories[random.nextInt(categories.length)];
            String title = category.name().replace('_', ' ').toLowerCase() + " reported at " + orgs.get(org).name();
            incidents.add(new IncidentRow(org, FIRST_INCIDENT.plusDays(random.nextInt(days + 1)), category,
                    severity(category), status(), title));
        }
        return incidents;
    }

    private BigDecimal severity(IncidentCategory category) {
        int[] band = switch (category) {
            case HARDWARE_IMPLANT, FIRMWARE_TAMPERING -> new int[] {90, 100};
            case TRANSIT_TAMPERING -> new int[] {70, 90};
            case COUNTERFEIT_COMPONENT -> new int[] {60, 80};
            case INSIDER_MISCONDUCT, CYBER_INTRUSION -> new int[] {50, 80};
            case EXPORT_VIOLATION -> new int[] {40, 70};
            case QUALITY_ESCAPE -> new int[] {30, 50};
        };
        return BigDecimal.valueOf(band[0] + random.nextInt(band[1] - band[0] + 1), 1);
    }

    private IncidentStatus status() {
        double r = random.nextDouble();
        return r < 0.40 ? IncidentStatus.CONFIRMED : r < 0.75 ? IncidentStatus.ALLEGED
                : r < 0.95 ? IncidentStatus.REFUTED : IncidentStatus.DISPUTED;
    }

    private List<AssessmentRow> assessments() {
        List<AssessmentRow> assessments = new ArrayList<>();
        for (int org = 0; org < orgs.size(); org++) {
            if (random.nextDouble() >= 0.60) {
                continue;
            }
            boolean logistics = orgs.get(org).tier() == null;
            Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
            for (InsiderFactor factor : InsiderFactor.values()) {
                boolean unknown = (logistics && PRODUCT_FACTORS.contains(factor)) || random.nextDouble() < 0.15;
                if (!unknown) {
                    ratings.put(factor, random.nextInt(InsiderFactor.WORST + 1));
                }
            }
            String assessor = "Synthetic Assessor " + (1 + random.nextInt(40));
            assessments.add(new AssessmentRow(org, assessor, today.minusMonths(random.nextInt(41)), ratings));
        }
        return assessments;
    }
}
