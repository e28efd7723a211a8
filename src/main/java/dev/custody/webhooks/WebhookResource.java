package dev.custody.webhooks;

import dev.custody.security.Roles;
import dev.custody.web.ListQuery;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook endpoints (administrators): register, change, pause, remove, test, and read their delivery log. */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {
    @Inject
    WebhookService service;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List the webhook endpoints", description = "With their deliveries pending, delivered and "
            + "failed; never the secret")
    public List<WebhookView> list() {
        return service.list();
    }

    @GET
    @Path("/event-types")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The events an endpoint can subscribe to", description = "CloudEvents type, name, meaning")
    public List<EventCatalogue.EventType> eventTypes() {
        return EventCatalogue.ALL;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a webhook endpoint", description = "url (http or https, no user name or password, "
            + "a public address unless custody.webhooks.allowed-networks lists it), events, description, active. "
            + "201 with the signing secret: the only time it is shown")
    public Response create(@Valid @NotNull WebhookInput input) {
        WebhookCreated created = service.create(input, user());
        return Response.created(URI.create("/api/webhooks/" + created.endpoint().id()))
                .tag(String.valueOf(created.endpoint().version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Get a webhook endpoint", description = "The ETag carries the version to send in If-Match")
    public Response get(@PathParam("id") long id) {
        WebhookView view = service.view(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a webhook endpoint", description = "Needs the edited version (If-Match or version); "
            + "active false pauses it")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WebhookInput input) {
        WebhookView view = service.update(id, input, Versions.expected(ifMatch, input.version()), user());
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a webhook endpoint", description = "With its deliveries and their log; needs If-Match")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the signing secret", description = "The new secret is in the answer, once; "
            + "deliveries are signed with it from now on")
    public WebhookCreated rotateSecret(@PathParam("id") long id) {
        return service.rotateSecret(id, user());
    }

    @POST
    @Path("/{id}/test")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send a test event", description = "Queues a dev.custody.webhook.test event for this "
            + "endpoint only: 202 with the delivery to follow in the log; 409 while the endpoint is paused")
    public Response sendTest(@PathParam("id") long id) {
        DeliveryView delivery = service.sendTest(id, user());
        return Response.accepted(delivery)
                .location(URI.create("/api/webhooks/" + id + "/deliveries/" + delivery.id())).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The delivery log of an endpoint", description = "Newest first: event, status (PENDING, "
            + "DELIVERED, FAILED), attempts, last HTTP status or error, next attempt")
    public PageResult<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return service.deliveries(id, new ListQuery(page, size, null));
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One delivery", description = "The CloudEvent it sends and every attempt")
    public DeliveryDetail delivery(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return service.delivery(id, deliveryId);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
