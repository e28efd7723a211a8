package dev.custody.gating;

import dev.custody.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Purchase requests through the procurement gate, their decisions, re-evaluations and overrides. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement gate")
public class PurchaseRequestResource {
    @Inject
    GatingService gating;
    @Inject
    GateReview review;
    @Inject
    GateQueue queue;
    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/purchase-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Submit a purchase request", description = "Evaluates it at once and answers 201 with the "
            + "decision; the same Idempotency-Key from the same user answers 200 with the first request and decision")
    @APIResponse(responseCode = "201", description = "Submitted and decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseRequestView.class)))
    @APIResponse(responseCode = "200", description = "The same Idempotency-Key again: the first request and its decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseRequestView.class)))
    public Response submit(@Valid @NotNull PurchaseRequestInput input,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String key) {
        String idempotencyKey = key == null || key.isBlank() ? null : key.strip();
        GatingService.Submitted submitted;
        try {
            submitted = gating.submit(input, user(), idempotencyKey);
        } catch (PersistenceException e) {
            // A concurrent call with the same key inserted first (unique per requester): answer with its request.
            PurchaseRequest first = idempotencyKey == null ? null : gating.byKey(user(), idempotencyKey).orElse(null);
            if (first == null) {
                throw e;
            }
            submitted = new GatingService.Submitted(first, false);
        }
        PurchaseRequestView view = gating.view(submitted.request(), true);
        return submitted.created() ? Response.created(URI.create("/api/purchase-requests/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/purchase-requests")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List purchase requests", description = "Newest first with the decision in force (500 at "
            + "most). Filters: state (APPROVE, APPROVE_WITH_CONDITIONS, REJECT or OVERRIDE_REQUESTED), vendor (id), "
            + "criticality, overdue=true (a condition past its deadline, not met), review=true (marked for review); "
            + "400 naming the parameter for a value that cannot be read")
    public List<PurchaseRequestView> list(@QueryParam("state") String state, @QueryParam("vendor") String vendor,
            @QueryParam("criticality") String criticality, @QueryParam("overdue") String overdue,
            @QueryParam("review") String review) {
        return queue.requests(QueueFilter.parse(state, vendor, criticality, overdue, review)).stream()
                .map(r -> gating.view(r, false)).toList();
    }

    @GET
    @Path("/purchase-requests/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a purchase request", description = "With the decision in force and every decision made")
    public PurchaseRequestView get(@PathParam("id") long id) {
        return gating.view(gating.get(id), true);
    }

    @POST
    @Path("/purchase-requests/{id}/re-evaluate")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Evaluate a request again", description = "With today's scores and network and the active "
            + "policy; 403 for a buyer who neither raised the request nor holds the approver or admin role")
    public GateDecisionView reevaluate(@PathParam("id") long id) {
        return gating.view(gating.reevaluate(id, actor()));
    }

    @POST
    @Path("/purchase-requests/{id}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Override the decision in force", description = "With a written justification; 403 for the "
            + "requester or whoever made the decision in force, 409 when the outcome is already the one asked for")
    public GateDecisionView override(@PathParam("id") long id, @Valid @NotNull OverrideInput input) {
        return gating.view(gating.override(id, input, user()));
    }

    @GET
    @Path("/gate-decisions")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List gate decisions", description = "Every decision, newest first (500 at most), on the "
            + "requests that pass the same filters as GET /api/purchase-requests")
    public List<GateDecisionView> decisions(@QueryParam("state") String state, @QueryParam("vendor") String vendor,
            @QueryParam("criticality") String criticality, @QueryParam("overdue") String overdue,
            @QueryParam("review") String review) {
        return queue.decisions(QueueFilter.parse(state, vendor, criticality, overdue, review)).stream()
                .map(gating::view).toList();
    }

    @POST
    @Path("/gate-decisions/review")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-evaluate what is due", description = "Every request whose vendor's score crossed a "
            + "threshold since its decision, or whose decision is older than the re-evaluation period, is evaluated "
            + "again and marked for review when its outcome changed; answers the ids re-evaluated")
    public List<Long> review() {
        return review.run();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private RequestAccess.Actor actor() {
        return RequestAccess.Actor.of(identity);
    }
}
