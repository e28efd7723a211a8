package dev.custody.gating;

import dev.custody.security.Roles;
import dev.custody.web.Versions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The versions of the gate policy: thresholds per deployment criticality, hard blocks, visibility, periods. */
@Path("/api/gate-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement gate")
public class GatePolicyResource {
    @Inject
    GatePolicyService policies;
    @Inject
    GatePolicyAdmin admin;
    @Inject
    GateReview review;
    @Inject
    GatePolicyPreview preview;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List gate policy versions", description = "Newest first, without parameters")
    public List<GatePolicyView> list() {
        return policies.list().stream().map(v -> GatePolicyView.of(v, null)).toList();
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The active gate policy", description = "The version new decisions are made with")
    public GatePolicyView active() {
        GatePolicyVersion active = policies.active();
        return GatePolicyView.of(active, policies.parameters(active));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a gate policy version", description = "With its parameters")
    @APIResponse(responseCode = "200", description = "The version; the ETag header carries its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatePolicyView.class)))
    public Response get(@PathParam("version") int version) {
        return view(policies.get(version), Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start a draft", description = "A copy of the active version, or of version ?from=N; 409 "
            + "while another draft exists")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatePolicyView.class)))
    public Response createDraft(@QueryParam("from") Integer from, @QueryParam("note") @Size(max = 2000) String note) {
        return view(admin.createDraft(from, note, identity.getPrincipal().getName()), Response.Status.CREATED);
    }

    @PUT
    @Path("/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a draft's parameters", description = "Needs the revision read (If-Match or the "
            + "revision field): 428 without, 409 when stale or not a draft; 400 for a bad parameter, nothing saved")
    @APIResponse(responseCode = "200", description = "The draft as saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatePolicyView.class)))
    public Response update(@PathParam("version") int version, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GatePolicyInput input) {
        GatePolicyVersion draft = admin.update(version, input.parameters(), input.note(),
                Versions.expected(ifMatch, input.revision()));
        return view(draft, Response.Status.OK);
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Activate a draft", description = "New decisions use it; the previous version is retired. "
            + "Every request decided with an older version is then re-evaluated and marked for review when its "
            + "outcome changed; the answer says how many (reevaluated, markedForReview)")
    @APIResponse(responseCode = "200", description = "Activated, with what the re-evaluation changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatePolicyActivation.class)))
    public Response activate(@PathParam("version") int version) {
        GatePolicyVersion active = admin.activate(version);
        GateReview.Result result = review.afterActivation(active.version);
        return Response.ok(new GatePolicyActivation(GatePolicyView.of(active, policies.parameters(active)),
                result.reevaluated().size(), result.marked().size())).tag(String.valueOf(active.revision)).build();
    }

    @GET
    @Path("/{version}/preview")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Preview a policy version on the open requests", description = "What it would decide on "
            + "every request whose vendor is still in the network, against the decision in force: how many would "
            + "change outcome, the from-to matrix and the requests that change. Writes nothing")
    public GatePolicyPreview.Result preview(@PathParam("version") int version) {
        return preview.preview(version);
    }

    private Response view(GatePolicyVersion v, Response.Status status) {
        Response.ResponseBuilder answer = status == Response.Status.CREATED
                ? Response.created(URI.create("/api/gate-policies/" + v.version)) : Response.status(status);
        return answer.tag(String.valueOf(v.revision)).entity(GatePolicyView.of(v, policies.parameters(v))).build();
    }
}
