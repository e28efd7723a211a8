package dev.custody.seeding;

import dev.custody.network.OrganizationKind;
import dev.custody.network.SiteActivity;
import dev.custody.seeding.SyntheticNetwork.Org;
import dev.custody.seeding.SyntheticNetwork.SiteRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Sites of the synthetic organizations: one at headquarters, a second for about half of them. */
final class SyntheticSites {
    private static final Set<SiteActivity> ASSEMBLY = activities(SiteActivity.BOARD_ASSEMBLY, SiteActivity.TESTING);
    private static final Set<SiteActivity> INTEGRATION = activities(SiteActivity.FINAL_INTEGRATION, SiteActivity.TESTING);

    private final Random random;
    private final List<Org> orgs;

    SyntheticSites(Random random, List<Org> orgs) {
        this.random = random;
        this.orgs = orgs;
    }

    List<SiteRow> sites() {
        List<SiteRow> sites = new ArrayList<>(orgs.size() * 3 / 2);
        for (int index = 0; index < orgs.size(); index++) {
            Org org = orgs.get(index);
            int count = random.nextBoolean() ? 2 : 1;
            for (int n = 1; n <= count; n++) {
                String country = n == 1 || random.nextDouble() < 0.7 ? org.hqCountry() : SyntheticPlaces.draw(random).country();
                sites.add(new SiteRow(index, org.name() + " site " + n, country, SyntheticPlaces.city(country),
                        activities(org.kind())));
            }
        }
        return sites;
    }

    private Set<SiteActivity> activities(OrganizationKind kind) {
        return switch (kind) {
            case VENDOR -> activities(SiteActivity.DESIGN, SiteActivity.TESTING);
            case CONTRACT_MANUFACTURER -> random.nextDouble() < 0.6 ? ASSEMBLY : INTEGRATION;
            case FIRMWARE_HOUSE -> activities(SiteActivity.DESIGN, SiteActivity.FIRMWARE_PROGRAMMING);
            case COMPONENT_SUPPLIER -> activities(SiteActivity.COMPONENT_MANUFACTURING, SiteActivity.TESTING);
            case LOGISTICS_PROVIDER -> activities(SiteActivity.LOGISTICS_HUB, SiteActivity.WAREHOUSING);
            case CUSTOMS_BROKER -> activities(SiteActivity.LOGISTICS_HUB);
            case DISTRIBUTOR -> activities(SiteActivity.WAREHOUSING);
        };
    }

    static String label(OrganizationKind kind) {
        return switch (kind) {
            case VENDOR -> "Vendor";
            case CONTRACT_MANUFACTURER -> "Manufacturing";
            case COMPONENT_SUPPLIER -> "Components";
            case FIRMWARE_HOUSE -> "Firmware";
            case LOGISTICS_PROVIDER -> "Logistics";
            case CUSTOMS_BROKER -> "Customs Brokerage";
            case DISTRIBUTOR -> "Distribution";
        };
    }

    private static Set<SiteActivity> activities(SiteActivity first, SiteActivity... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
