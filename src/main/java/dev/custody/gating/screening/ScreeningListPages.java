package dev.custody.gating.screening;

import dev.custody.network.pages.FormFlow;
import dev.custody.network.transfer.ImportError;
import dev.custody.scoring.ScheduledRun;
import dev.custody.scoring.ScheduledRuns;
import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The screening list page: the list in force and, for administrators, the upload with every problem shown. */
@Path("/admin/screening-lists")
@Produces(MediaType.TEXT_HTML)
public class ScreeningListPages {
    static final int RUNS_SHOWN = 5;

    @Inject
    ScreeningRefresh refresh;
    @Inject
    ScreeningRefreshConfig refreshConfig;
    @Inject
    ScreeningService service;
    @Inject
    ScreeningConfig config;
    @Inject
    PageContext page;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    public String show() {
        return render(List.of(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return FormFlow.html(400, render(List.of(new ImportError(CslFile.SHEET, 0, "file",
                    "Choose the CSV file of the Consolidated Screening List.")), null));
        }
        try {
            ScreeningList list = service.importFile(ScreeningListResource.read(file), file.fileName(),
                    identity.getPrincipal().getName());
            return FormFlow.html(200, render(List.of(), String.format("Imported %d parties (%d names and aliases) "
                    + "from %s; they are screened from now on.", list.rowCount, list.nameCount, list.fileName)));
        } catch (ScreeningImportException e) {
            return FormFlow.html(422, render(e.rows(), e.getMessage()));
        }
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response refreshNow() {
        Optional<ScheduledRuns.Outcome> outcome = refresh.run(identity.getPrincipal().getName());
        if (outcome.isEmpty()) {
            return FormFlow.html(409, render(List.of(), "No source is configured for the refresh "
                    + "(custody.gating.screening.refresh.source); upload the file instead.", true));
        }
        ScheduledRun run = outcome.get().run();
        if (!outcome.get().ran()) {
            return FormFlow.html(409, render(List.of(), RefreshMessages.skipped(run), true));
        }
        boolean succeeded = run.status == ScheduledRun.Status.SUCCEEDED;
        return FormFlow.html(succeeded ? 200 : 422, render(List.of(), RefreshMessages.ran(run), !succeeded));
    }

    private String render(List<ImportError> problems, String message) {
        return render(problems, message, !problems.isEmpty());
    }

    private String render(List<ImportError> problems, String message, boolean error) {
        Map<String, Object> model = new HashMap<>();
        model.put("messageError", error);
        RefreshView view = RefreshView.of(refresh, refreshConfig, RUNS_SHOWN);
        model.put("refresh", view);
        model.put("refreshRuns", RefreshMessages.rows(view));
        model.put("refreshFailure", RefreshMessages.failure(view));
        model.put("nav", "screening");
        model.put("list", service.inForce().map(ScreeningListView::of).orElse(null));
        model.put("problems", problems);
        model.put("message", message);
        model.put("threshold", config.similarityThreshold());
        model.put("maxMegabytes", String.format("%.1f", config.maxBytes() / 1048576.0));
        return page.render("screening/list", model);
    }
}
