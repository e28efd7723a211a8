package dev.custody.network.pages;

import dev.custody.economics.assessnext.AssessNextService;
import dev.custody.gating.standing.StandingViews;
import dev.custody.history.ChangeHistoryService;
import dev.custody.network.AssessmentConfig;
import dev.custody.network.CustodyLeg;
import dev.custody.network.InsiderFactor;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.OrganizationService;
import dev.custody.scoring.ScoreHistoryView;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoreView;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.SubTiers;
import dev.custody.scoring.TopContributors;
import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assembles an organization's profile page: who it is, where it works, who supplies and buys, its record. */
@ApplicationScoped
public class ProfilePage {
    /**
     * The sub-tier tree a few tiers at a time, from the scoring engine: deeper branches end in a "more below" link to
     * the supplier's profile; each supplier is expanded once; at most this many suppliers per organization and in all.
     */
    static final SubTiers.Limits TREE = new SubTiers.Limits(3, 25, 400);
    static final int HISTORY_ENTRIES = 20;
    static final int TOP_CONTRIBUTORS = 8;
    static final int TREND_POINTS = 100;
    static final int ASSESS_NEXT = 5;

    @Inject
    OrganizationService organizations;
    @Inject
    ScoringEngine engine;
    @Inject
    ProfileQueries queries;
    @Inject
    ChangeHistoryService history;
    @Inject
    AssessmentConfig assessmentConfig;
    @Inject
    Clock clock;
    @Inject
    ScoreService scores;
    @Inject
    PageContext page;
    @Inject
    StandingViews standings;
    @Inject
    AssessNextService assessNext;
    @Inject
    SecurityIdentity identity;

    /** The profile; saved shows the confirmation of a form, problem an error banner (a refused delete). */
    public String render(long id, boolean saved, String problem) {
        Organization organization = organizations.get(id);
        int staleMonths = assessmentConfig.staleAfterMonths();
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "organizations");
        model.put("org", organization);
        model.put("fmt", Formats.of(queries.countries()));
        model.put("tree", engine.read(graph -> SubTiers.of(graph, id, TREE)));
        model.put("sites", queries.sites(id));
        model.put("buyers", queries.buyers(id));
        model.put("supplierLinks", queries.suppliers(id));
        List<CustodyLeg> legs = queries.custodyChain(id);
        List<CustodyLeg> legsHandled = queries.legsHandled(id);
        model.put("legs", legs);
        model.put("legsHandled", legsHandled);
        // A custody chain belongs to a vendor; others only show the legs they handle, if any.
        model.put("showCustody", organization.kind == OrganizationKind.VENDOR || !legs.isEmpty() || !legsHandled.isEmpty());
        model.put("incidents", queries.incidents(id));
        model.put("assessments", queries.assessments(id, LocalDate.now(clock), staleMonths));
        model.put("factors", InsiderFactor.values());
        model.put("staleMonths", staleMonths);
        model.put("history", history.organization(id, HISTORY_ENTRIES));
        putScore(model, id);
        model.put("standing", standings.banner(id).orElse(null));
        model.put("assessNext", organization.kind == OrganizationKind.VENDOR && assessNextAllowed()
                ? assessNext.vendor(id, ASSESS_NEXT) : null);
        model.put("saved", saved);
        model.put("problem", problem);
        return page.render("organizations/profile", model);
    }

    /** "Assess next" is for those who decide what to assess or fund: analysts, executives and admins. */
    private boolean assessNextAllowed() {
        return identity.hasRole(Roles.ANALYST) || identity.hasRole(Roles.EXECUTIVE) || identity.hasRole(Roles.ADMIN);
    }

    /** The score card: the current score, its top contributors in words, the driving path and the trend. */
    private void putScore(Map<String, Object> model, long id) {
        ScoreView score = scores.view(id);
        model.put("score", score);
        model.put("contributors", TopContributors.of(score, TOP_CONTRIBUTORS));
        model.put("trend", TrendChart.of(scores.history(id, TREND_POINTS).stream().map(ScoreHistoryView::of).toList()));
    }
}
