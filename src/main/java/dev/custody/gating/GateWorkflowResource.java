package dev.custody.gating;

import dev.custody.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workflow around a decision: override requests and their answers, conditions met, what changed since. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement gate")
public class GateWorkflowResource {
    @Inject
    OverrideFlow overrides;
    @Inject
    GateConditions conditions;
    @Inject
    WhatChanged changes;
    @Inject
    GatingService gating;
    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/purchase-requests/{id}/override-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Ask for an override", description = "The outcome wanted and a written reason; 409 when the "
            + "decision in force already has that outcome or another request waits for an answer; 403 for a buyer who "
            + "neither raised the request nor holds the approver or admin role")
    @APIResponse(responseCode = "201", description = "Asked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverrideRequestView.class)))
    public Response request(@PathParam("id") long id, @Valid @NotNull OverrideRequestInput input) {
        OverrideRequest asked = overrides.request(id, input, actor());
        return Response.created(URI.create("/api/override-requests/" + asked.id)).entity(overrides.view(asked.id)).build();
    }

    @GET
    @Path("/purchase-requests/{id}/override-requests")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The override requests on a purchase request", description = "Oldest first, with their answers")
    public List<OverrideRequestView> requests(@PathParam("id") long id) {
        gating.get(id);
        return OverrideRequestView.of(id);
    }

    @GET
    @Path("/override-requests/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get an override request", description = "With its answer once given")
    public OverrideRequestView get(@PathParam("id") long id) {
        return overrides.view(id);
    }

    @POST
    @Path("/override-requests/{id}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Grant an override request", description = "An override decision with the outcome asked for "
            + "and the written justification; 403 for whoever asked, raised the request or made the decision in force; "
            + "409 when answered already or the decision changed since")
    public OverrideRequestView grant(@PathParam("id") long id, @Valid @NotNull OverrideAnswerInput input) {
        overrides.grant(id, input, user());
        return overrides.view(id);
    }

    @POST
    @Path("/override-requests/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Refuse an override request", description = "With a written justification; 403 for whoever "
            + "asked or raised the request; 409 when answered already")
    public OverrideRequestView refuse(@PathParam("id") long id, @Valid @NotNull OverrideAnswerInput input) {
        overrides.refuse(id, input, user());
        return overrides.view(id);
    }

    @POST
    @Path("/purchase-requests/{id}/conditions/{index}/met")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Record a condition as met", description = "Condition index (from 0) of the decision in force, "
            + "with an evidence note; who and when are recorded; 409 when already met; 403 for a buyer who neither "
            + "raised the request nor holds the approver or admin role")
    public ConditionView met(@PathParam("id") long id, @PathParam("index") int index,
            @Valid @NotNull ConditionMetInput input) {
        return ConditionView.of(conditions.recordMet(id, index, input, actor()), conditions.today());
    }

    @GET
    @Path("/purchase-requests/{id}/what-changed")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "What changed since the decision in force", description = "In sentences: the vendor's "
            + "inherited score and band then and now, policy and scoring-model versions then and now, conditions now "
            + "overdue, the re-evaluation period")
    public List<String> whatChanged(@PathParam("id") long id) {
        return changes.since(id);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private RequestAccess.Actor actor() {
        return RequestAccess.Actor.of(identity);
    }
}
