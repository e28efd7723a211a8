package dev.custody.web.contract;

import dev.custody.web.ApiPaths;
import dev.custody.web.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Shapes the document at /q/openapi into the API contract at build time: only /api routes (the HTML pages are not
 * an API), only the tags those use, and every error answer described as the RFC 9457 problem Custody sends.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiContractFilter implements OASFilter {
    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, PathItem> paths = api.getPaths().getPathItems();
        paths.keySet().stream().filter(path -> !ApiPaths.isApi(path)).toList().forEach(api.getPaths()::removePathItem);
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        Set<String> used = new TreeSet<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            describeProblems(operation);
            describeFiles(operation);
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        if (api.getTags() != null) {
            api.getTags().stream().filter(tag -> !used.contains(tag.getName())).toList().forEach(api::removeTag);
        }
    }

    /** Every 4xx and 5xx answer of the API is application/problem+json; say so where the scan left it empty. */
    static void describeProblems(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                problemContent(response);
            }
        });
    }

    /** A download (CSV, workbook, PDF) the scan could not type is a file: binary, not an object without a schema. */
    static void describeFiles(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().stream()
                .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                .flatMap(response -> response.getContent().getMediaTypes().entrySet().stream())
                .filter(media -> !media.getKey().contains("json") && untyped(media.getValue().getSchema()))
                .forEach(media -> media.getValue().setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("binary")));
    }

    private static boolean untyped(Schema schema) {
        return schema == null || (schema.getRef() == null && schema.getType() == null && schema.getProperties() == null);
    }

    private static void problemContent(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The rejected input field, as a JSON path such as roles or credibility.DISPUTED"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Why, fit to show beside the field"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: every error answer of the API has this body")
                .addProperty("type", text.description("about:blank"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The status in words, e.g. Invalid input"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What went wrong, in a sentence"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The path of the request"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("For invalid input: each rejected field"))
                .required(List.of("title", "status"));
    }
}
