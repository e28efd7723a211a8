package dev.custody.seeding;

import dev.custody.network.Assessment;
import dev.custody.network.CustodyLeg;
import dev.custody.network.Incident;
import dev.custody.network.Organization;
import dev.custody.network.Site;
import dev.custody.network.SupplyLink;
import java.util.List;

/** The demo network read from its seed file: entities not yet persisted, organizations with their tiers. */
record DemoNetwork(List<Organization> organizations, List<Site> sites, List<SupplyLink> links, List<CustodyLeg> legs,
        List<Incident> incidents, List<Assessment> assessments) {

    int size() {
        return organizations.size() + sites.size() + links.size() + legs.size() + incidents.size() + assessments.size();
    }
}
