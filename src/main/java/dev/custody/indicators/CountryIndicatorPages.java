package dev.custody.indicators;

import dev.custody.network.pages.FormFlow;
import dev.custody.security.Roles;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The country indicator page: the list, and for administrators the upload form with every bad row shown. */
@Path("/admin/country-indicators")
@Produces(MediaType.TEXT_HTML)
public class CountryIndicatorPages {
    @Inject
    CountryIndicatorService service;
    @Inject
    PageContext page;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String list(@QueryParam("message") String message) {
        return render(new IndicatorRequest(null, "HIGHER_IS_RISKIER", "1", null, null), Map.of(), List.of(), message);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String name, @RestForm String direction,
            @RestForm String weight, @RestForm String description, @RestForm String source) {
        IndicatorRequest request = new IndicatorRequest(name, direction, weight, description, source);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw new InvalidInputException("file", "choose a CSV file with the header iso2,value");
            }
            CountryIndicatorService.Outcome outcome = service.importFile(request, CountryIndicatorResource.read(file),
                    identity.getPrincipal().getName());
            return FormFlow.html(200, render(request, Map.of(), List.of(), outcome.message()));
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return FormFlow.html(400, render(request, errors, List.of(), null));
        } catch (IndicatorImportException e) {
            return FormFlow.html(422, render(request, Map.of(), e.rows(), e.getMessage()));
        }
    }

    private String render(IndicatorRequest form, Map<String, String> errors, List<?> rows, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "models");
        model.put("indicators", service.list());
        model.put("form", form);
        model.put("errors", errors);
        model.put("rows", rows);
        model.put("message", message);
        model.put("directions", IndicatorDirection.values());
        return page.render("indicators/list", model);
    }
}
