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
    /** Each vendor's market segment: ASSURED, MAINSTREAM or BUDGET (see segments()). */
    private int[] segment;
    /** Each organization's assessment: UNASSESSED, or its overall quality EXCELLENT, GOOD, MIDDLING, POOR. */
    private int[] quality;
    private static final int ASSURED = 0;
    private static final int MAINSTREAM = 1;
    private static final int BUDGET = 2;
    private static final int UNASSESSED = -1;
    private static final int EXCELLENT = 0;
    private static final int GOOD = 1;
    private static final int MIDDLING = 2;
    private static final int POOR = 3;

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
        segments();
        qualities();
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
        // Customs brokers and distributors work at the destination (the network's goods land in the Netherlands).
        String[] destination = {"NL", "NL", "NL", "BE", "DE"};
        for (int j = 0; j < logisticsCount; j++) {
            Org o = organization(orgs.size(), logistics[j % logistics.length], null);
            if (j % logistics.length >= 3) {
                o = new Org(o.name(), o.kind(), destination[random.nextInt(destination.length)], o.ownership(),
                        o.parentCompany(), o.parentCountry(), o.tier());
            }
            orgs.add(o);
        }
    }

    /**
     * Vendors differ: about 30 % sell assured servers (factories in lower-risk regions, assessed suppliers, controlled
     * transport), 25 % are budget makers (factories in higher-risk regions, little assessed, loose transport), the rest
     * mainstream. A vendor's first contract manufacturer (index = vendor's, its factory) moves to its segment's regions.
     */
    private void segments() {
        segment = new int[layerSize[0]];
        String[] assured = {"TW", "JP", "KR", "US", "MX", "DE", "CZ", "HU", "NL", "IE"};
        String[] budget = {"CN", "CN", "HK", "VN", "TH", "PH", "ID", "IN"};
        for (int v = 0; v < layerSize[0]; v++) {
            double r = random.nextDouble();
            segment[v] = r < 0.30 ? ASSURED : r < 0.75 ? MAINSTREAM : BUDGET;
            int factory = layerStart[1] + v;
            if (segment[v] != MAINSTREAM && v < layerSize[1]) {
                String[] places = segment[v] == ASSURED ? assured : budget;
                relocate(factory, places[random.nextInt(places.length)]);
                // Assured vendors are headquartered where their buyers audit easily; budget makers near their factories.
                String[] homes = segment[v] == ASSURED ? ASSURED_HOMES : BUDGET_HOMES;
                relocate(v, homes[random.nextInt(homes.length)]);
            }
        }
    }

    /**
     * Who has been assessed and how well, as a risk team's records look: nearly every vendor, most contract
     * manufacturers and logistics providers (they handle many vendors' goods), few deep suppliers (tier 4 and 5
     * mostly never); each assessed organization good, middling or poor overall. A vendor and its factory follow the
     * vendor's segment.
     */
    private void qualities() {
        quality = new int[orgs.size()];
        for (int org = 0; org < orgs.size(); org++) {
            Integer tier = orgs.get(org).tier();
            double assessed = tier == null ? 0.85 : switch (tier) {
                case 1 -> 0.95;
                case 2 -> 0.75;
                case 3 -> 0.30;
                case 4 -> 0.10;
                default -> 0.05;
            };
            double r = random.nextDouble();
            quality[org] = random.nextDouble() >= assessed ? UNASSESSED
                    : r < 0.15 ? EXCELLENT : r < 0.45 ? GOOD : r < 0.80 ? MIDDLING : POOR;
        }
        for (int v = 0; v < layerSize[0]; v++) {
            int factory = layerStart[1] + v;
            double r = random.nextDouble();
            int q = switch (segment[v]) {
                case ASSURED -> r < 0.5 ? EXCELLENT : GOOD;
                case BUDGET -> r < 0.3 ? UNASSESSED : r < 0.5 ? MIDDLING : POOR;
                default -> r < 0.35 ? GOOD : MIDDLING;
            };
            quality[v] = segment[v] == BUDGET && q == UNASSESSED ? POOR : q;
            if (v < layerSize[1]) {
                quality[factory] = q;
            }
        }
    }

    private static final String[] ASSURED_HOMES = {"US", "DE", "JP", "NL", "GB", "FI", "SE", "CH", "DK", "IE"};
    private static final String[] BUDGET_HOMES = {"CN", "CN", "HK", "VN"};

    private void relocate(int org, String country) {
        Org o = orgs.get(org);
        orgs.set(org, new Org(o.name(), o.kind(), country, o.ownership(), o.parentCompany(), o.parentCountry(), o.tier()));
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
        List<List<List<Integer>>> byRegion = suppliersByRegion();
        // A server vendor works with one to three contract manufacturers (its factory and up to two more).
        for (int vendor = 0; vendor < layerSize[0]; vendor++) {
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                List<Integer> near = byRegion.get(1).get(SyntheticPlaces.region(orgs.get(vendor).hqCountry()));
                int supplier = !near.isEmpty() && random.nextBoolean() ? near.get(random.nextInt(near.size()))
                        : layerStart[1] + random.nextInt(layerSize[1]);
                addLink(links, pairs, vendor, supplier);
            }
        }
        int belowManufacturers = logisticsStart - layerSize[0] - layerSize[1];
        long attempts = 0;
        while (links.size() < linkCount) {
            if (++attempts > 50L * linkCount) {
                throw new IllegalArgumentException("cannot place " + linkCount + " distinct links");
            }
            int k = layerOf(layerSize[0] + layerSize[1] + random.nextInt(belowManufacturers));
            int buyer = layerStart[k - 1] + random.nextInt(layerSize[k - 1]);
            List<Integer> near = byRegion.get(k).get(SyntheticPlaces.region(orgs.get(buyer).hqCountry()));
            // Three links in four stay in the buyer's region, where a popular supplier is likelier than a rare one.
            int supplier = random.nextDouble() < 0.75 && !near.isEmpty()
                    ? near.get(SyntheticPlaces.skewed(random, near.size()))
                    : layerStart[k] + SyntheticPlaces.skewed(random, layerSize[k]);
            addLink(links, pairs, buyer, supplier);
        }
        // In buyer order the unique (buyer, supplier, item) index grows at its end: H2 writes them 4x faster.
        links.sort(Comparator.comparingInt(Link::buyer).thenComparingInt(Link::supplier));
        return links;
    }

    /** The organizations of each layer by the region of their headquarters, in index order. */
    private List<List<List<Integer>>> suppliersByRegion() {
        List<List<List<Integer>>> layers = new ArrayList<>();
        for (int k = 0; k < layerSize.length; k++) {
            List<List<Integer>> regions = new ArrayList<>();
            for (int r = 0; r < SyntheticPlaces.REGIONS; r++) {
                regions.add(new ArrayList<>());
            }
            for (int i = layerStart[k]; i < layerStart[k] + layerSize[k]; i++) {
                regions.get(SyntheticPlaces.region(orgs.get(i).hqCountry())).add(i);
            }
            layers.add(regions);
        }
        return layers;
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
        Criticality criticality = kind == ItemKind.COMPONENT ? componentCriticality(layerOf(supplier))
                : Criticality.CRITICAL;
        links.add(new Link(buyer, supplier, kind, 5 + random.nextInt(96), criticality));
    }

    /**
     * Components bought by a contract manufacturer (tier 3) are mostly medium or high; deeper (tier 4 and 5), where
     * parts are commodity passives, mostly low or medium: what a board's bill of materials looks like.
     */
    private Criticality componentCriticality(int layer) {
        double r = random.nextDouble();
        if (layer <= 2) {
            return r < 0.15 ? Criticality.LOW : r < 0.55 ? Criticality.MEDIUM : r < 0.90 ? Criticality.HIGH
                    : Criticality.CRITICAL;
        }
        return r < 0.45 ? Criticality.LOW : r < 0.85 ? Criticality.MEDIUM : r < 0.97 ? Criticality.HIGH
                : Criticality.CRITICAL;
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
            double[] controls = controls(segment[vendor]);
            legs.add(new Leg(vendor, 1, LegKind.FACTORY, factory, factoryCountry, true,
                    random.nextDouble() < controls[1], random.nextDouble() < controls[2] / 2));
            for (int sequence = 2; sequence <= count; sequence++) {
                // Three legs skip the forwarder: factory, carrier, customs.
                LegKind kind = route[count == 3 ? sequence : sequence - 1];
                legs.add(leg(vendor, sequence, kind, factoryCountry));
            }
        }
        return legs;
    }

    /** The chance of seals, tracking and escort on a leg, by the vendor's segment. */
    private static double[] controls(int segment) {
        return switch (segment) {
            case ASSURED -> new double[] {0.98, 0.98, 0.7};
            case BUDGET -> new double[] {0.7, 0.6, 0.05};
            default -> new double[] {0.9, 0.85, 0.25};
        };
    }

    private Leg leg(int vendor, int sequence, LegKind kind, String factoryCountry) {
        int offset = switch (kind) {
            case CUSTOMS -> 3;
            case DISTRIBUTOR -> 4;
            default -> random.nextInt(3);
        };
        int handler = logistics(offset);
        // Assured vendors pick logistics providers that were assessed well, when a few tries find one.
        for (int tries = 0; segment[vendor] == ASSURED && quality[handler] > GOOD && tries < 10; tries++) {
            handler = logistics(offset);
        }
        String country = switch (kind) {
            case FORWARDER -> factoryCountry;
            case CARRIER -> orgs.get(handler).hqCountry();
            default -> "NL";
        };
        // Customs may open and reseal packages, so a customs leg never counts as sealed; tracking goes on through it.
        boolean customs = kind == LegKind.CUSTOMS;
        double[] controls = controls(segment[vendor]);
        boolean seals = !customs && random.nextDouble() < controls[0];
        return new Leg(vendor, sequence, kind, handler, country, seals, random.nextDouble() < controls[1],
                random.nextDouble() < controls[2]);
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
            // A few incidents anywhere; budget vendors and their factories have a history more often.
            boolean budget = org < layerSize[0] && segment[org] == BUDGET
                    || org >= layerStart[1] && org - layerStart[1] < layerSize[0] && segment[org - layerStart[1]] == BUDGET;
            if (random.nextDouble() >= (budget ? 0.5 : 0.02)) {
                continue;
            }
            IncidentCategory category = categories[random.nextInt(categories.length)];
            String title = category.name().replace('_', ' ').toLowerCase() + " reported at " + orgs.get(org).name();
            LocalDate on = budget ? today.minusDays(random.nextInt(3 * 365)) : FIRST_INCIDENT.plusDays(random.nextInt(days + 1));
            incidents.add(new IncidentRow(org, on, category, severity(category), status(), title));
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

    /**
     * The assessments of the organizations qualities() chose: factors around the organization's overall quality, some
     * unknown, up to 30 months old, so about 40 % are stale.
     */
    private List<AssessmentRow> assessments() {
        List<AssessmentRow> assessments = new ArrayList<>();
        for (int org = 0; org < orgs.size(); org++) {
            if (quality[org] == UNASSESSED) {
                continue;
            }
            int centre = quality[org];
            Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
            for (InsiderFactor factor : InsiderFactor.values()) {
                if (random.nextDouble() >= 0.15) {
                    int rating = centre + random.nextInt(3) - 1;
                    ratings.put(factor, Math.max(InsiderFactor.BEST, Math.min(InsiderFactor.WORST, rating)));
                }
            }
            String assessor = "Synthetic Assessor " + (1 + random.nextInt(40));
            assessments.add(new AssessmentRow(org, assessor, today.minusMonths(random.nextInt(31)), ratings));
        }
        return assessments;
    }
}
