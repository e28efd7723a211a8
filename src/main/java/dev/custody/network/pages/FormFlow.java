package dev.custody.network.pages;

import dev.custody.web.ConflictException;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import dev.custody.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The path every form post takes: the API's checks, then 303 to the profile (post-redirect-get), or the form
 * again with each message beside its field (400) or a banner saying why the save was refused (409).
 */
@ApplicationScoped
public class FormFlow {
    /** For a new record: a refusal cannot be a stale edit. */
    public static final BooleanSupplier CREATING = () -> false;
    static final String CONCURRENT_EDIT = "Someone else changed this record while you were editing it; "
            + "reload it and apply your change again";

    @Inject
    Validator validator;
    @Inject
    ProfilePage profile;

    /** Renders a form again with errors by field and, when the save was refused as a whole, why. */
    @FunctionalInterface
    public interface View {
        String render(Map<String, String> errors, Refusal refusal);
    }

    /** A save refused as a whole: stale when someone else saved the record first, else the service's reason. */
    public record Refusal(boolean stale, String message) {
    }

    /**
     * Checks the input with the API's Bean Validation rules (errors already holds the fields that could not be
     * read), saves it and redirects to the address save returns. outdated tells whether the form was opened on an
     * older version than the stored one; it is asked only when the service refuses the save.
     */
    public <I> Response submit(I input, Map<String, String> errors, Function<I, URI> save, View view,
            BooleanSupplier outdated) {
        for (ConstraintViolation<I> violation : validator.validate(input)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!errors.isEmpty()) {
            return html(400, view.render(errors, null));
        }
        try {
            return Response.seeOther(save.apply(input)).build();
        } catch (InvalidInputException e) {
            return html(e.status(), view.render(byField(e.errors()), null));
        } catch (ConflictException e) {
            return html(409, view.render(Map.of(), new Refusal(outdated.getAsBoolean(), e.getMessage())));
        } catch (OptimisticLockException e) {
            return html(409, view.render(Map.of(), new Refusal(true, CONCURRENT_EDIT)));
        }
    }

    /**
     * Deletes with the version the page showed (none: unchecked) and redirects back; a refusal shows the
     * organization's profile with the reason in a banner.
     */
    public Response delete(long organizationId, String version, Consumer<Long> delete, URI back) {
        Long expected = version == null || version.isBlank() ? null : Versions.expected(version, null);
        try {
            delete.accept(expected);
            return Response.seeOther(back).build();
        } catch (ConflictException e) {
            return html(409, profile.render(organizationId, false, e.getMessage()));
        } catch (OptimisticLockException e) {
            return html(409, profile.render(organizationId, false, CONCURRENT_EDIT));
        }
    }

    /** What every form template reads besides its values; otherErrors are those not shown beside a field. */
    public static Map<String, Object> model(Map<String, String> errors, Set<String> fields, Refusal refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "organizations");
        model.put("errors", errors);
        model.put("otherErrors", errors.entrySet().stream().filter(e -> !fields.contains(e.getKey())).toList());
        model.put("refusal", refusal);
        return model;
    }

    /** The profile of an organization, saying "Saved.", at one of its sections (none: the top). */
    public static URI saved(long organizationId, String section) {
        return URI.create("/organizations/" + organizationId + "?saved=1" + (section == null ? "" : "#" + section));
    }

    public static URI profile(long organizationId, String section) {
        return URI.create("/organizations/" + organizationId + "#" + section);
    }

    public static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }
}
