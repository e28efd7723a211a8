/**
 * The API contract at /q/openapi. This package-level definition says what each tag groups (SmallRye reads
 * {@code @OpenAPIDefinition} from package-info); title, version, licence and servers come from
 * application.properties, the rest from ApiContractFilter and ApiSecurityFilter. Every tag an API resource uses needs
 * a description here: ApiContractTest fails otherwise.
 */
@OpenAPIDefinition(info = @Info(title = "Custody API", version = "from quarkus.smallrye-openapi.info-version"), tags = {
        @Tag(name = "Account", description = "The signed-in user: who is calling, and a new password (which ends every "
                + "session of that user)"),
        @Tag(name = "API keys", description = "Keys that let a script call the API as you, with some or all of your "
                + "roles: created here (shown once), listed by prefix, revoked; administrators see and revoke anyone's"),
        @Tag(name = "Assess next", description = "Which insider-threat assessment to do first: the unassessed or "
                + "stale organizations whose unknown factors leave the most expected annual loss open, per vendor and "
                + "across the portfolio (scoring model version 2)"),
        @Tag(name = "Assessments", description = "Insider-threat assessments of an organization: eleven factors "
                + "scored 0 (best) to 4 (worst) or unknown, with assessor, date and evidence; stale after 18 months"),
        @Tag(name = "Countries", description = "Reference data per country: Corruption Perceptions Index, embargo and "
                + "export-control groups, intelligence-law flag; read by everyone, edited by administrators"),
        @Tag(name = "Country indicators", description = "Custom country indicators (any index imported as iso2,value) "
                + "that a scoring model may blend into the geography score"),
        @Tag(name = "Custody legs", description = "The ordered legs a vendor's product takes from the last factory to "
                + "the dock, with handler, country and controls (seals, tracking, escort)"),
        @Tag(name = "Economics", description = "Money: a vendor's engagement, expected annual loss per threat scenario, "
                + "the safeguard catalogue, safeguard plans per vendor and across the portfolio, quick estimates"),
        @Tag(name = "Hardware BOMs", description = "CycloneDX 1.5/1.6 hardware bills of materials: a dry run and an "
                + "all-or-nothing import into an organization's sub-tier map, and the supply tree exported as a BOM"),
        @Tag(name = "History", description = "Who changed what and when: the audit trail of any record, an "
                + "organization with everything attached to it, or a purchase request"),
        @Tag(name = "Import and export", description = "Bulk import of organizations and supply links from a workbook "
                + "(all or nothing, every problem named) and CSV exports"),
        @Tag(name = "Incidents", description = "Incidents of an organization: date, category, severity 0..10, status "
                + "(alleged, disputed, confirmed, refuted) and source; disputed ones are always labelled so"),
        @Tag(name = "Login throttles", description = "The (user name, address) pairs with recent failed sign-ins and "
                + "how long each waits; administrators clear them"),
        @Tag(name = "Organizations", description = "Vendors and their subcontractors down the tiers: the supply network's "
                + "nodes, their sub-tier tree and change history"),
        @Tag(name = "Procurement gate", description = "Purchase requests and the gate's decisions (approve, approve with "
                + "conditions, reject), overrides with four eyes, conditions met, gate policy versions"),
        @Tag(name = "Reports", description = "Executive reports and vendor dossiers as PDF or Excel, queued snapshots "
                + "and their history"),
        @Tag(name = "Restricted parties", description = "Named restricted parties (Section 889, FCC Covered List and "
                + "others) that bar a vendor anywhere in its tree"),
        @Tag(name = "Scores", description = "Each organization's geography, insider-threat, incident, own and inherited "
                + "score with every contribution explained, the score trend and the rescore runs"),
        @Tag(name = "Scoring models", description = "Versions of the scoring model's parameters: draft, preview against "
                + "today's scores, activate"),
        @Tag(name = "Screening lists", description = "The US Consolidated Screening List the gate screens names "
                + "against, imported by administrators or refreshed on a schedule from a file or address"),
        @Tag(name = "Search", description = "The top bar's search: vendors, suppliers and sites by part of their name "
                + "(a site's also by its city), a few of each kind with how many matched"),
        @Tag(name = "Sites", description = "Where an organization works: country, city and activities such as board "
                + "assembly or firmware programming"),
        @Tag(name = "Supply links", description = "Buyer-to-supplier links for an item, with the supplier's share and "
                + "a criticality; a link that would close a cycle is refused"),
        @Tag(name = "Users", description = "The logins of the embedded sign-in with their roles and live sessions; "
                + "administrators change roles and sign a user out everywhere"),
        @Tag(name = "Vendor standing", description = "Each vendor's one verdict (barred, reject, needs adjudication, "
                + "approve with conditions, approve) as the gate rules give it today, with the reason, the paths to what "
                + "bars it and its conditions' cost against its spend; kept current with every change"),
        @Tag(name = "Webhooks", description = "Endpoints that other systems register to hear about changes (band or "
                + "standing changed, decision marked for review, report ready, import finished) as signed CloudEvents, "
                + "with each endpoint's delivery log")
})
package dev.custody.web.contract;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
