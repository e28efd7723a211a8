package dev.custody.scoring;

import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The full rescore on demand and the daily rescore's runs; edits rescore what they affect by themselves. */
@Path("/api/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class RescoreResource {
    static final int MAX_RUNS = 366;

    @Inject
    ScoreService scores;
    @Inject
    DailyRescore daily;

    @POST
    @Path("/rescore")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rescore every organization", description = "With the active model, now, whatever the "
            + "daily rescore did today (it is not recorded as a daily run); answers the model version, "
            + "organizations scored, scores changed, history rows appended and the duration")
    public ScoreService.RescoreResult rescore() {
        return scores.rescoreAll();
    }

    @GET
    @Path("/rescore-runs")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "The daily rescore's latest runs", description = "Newest first, one per day (UTC): status "
            + "RUNNING, SUCCEEDED or FAILED (with the error), who triggered it (schedule or an administrator), "
            + "attempts, and what the rescore changed; at most limit runs (default 30, at most 366)")
    public List<RescoreRunView> runs(@QueryParam("limit") @DefaultValue("30") int limit) {
        if (limit < 1 || limit > MAX_RUNS) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_RUNS);
        }
        return daily.latest(limit).stream().map(RescoreRunView::of).toList();
    }

    @POST
    @Path("/rescore-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run today's daily rescore now", description = "As the schedule would: claims today's "
            + "run (once per day across instances) and answers it, SUCCEEDED or FAILED. 409 when today's run "
            + "already succeeded or is running; POST /api/scores/rescore rescores regardless")
    public RescoreRunView runToday(@Context SecurityContext security) {
        DailyRescore.Outcome outcome = daily.run(security.getUserPrincipal().getName());
        if (!outcome.ran()) {
            ScheduledRun run = outcome.run();
            throw new ConflictException("The daily rescore of " + run.runDate + " is " + run.status
                    + " (triggered by " + run.triggeredBy + " at " + run.startedAt + ")");
        }
        return RescoreRunView.of(outcome.run());
    }
}
