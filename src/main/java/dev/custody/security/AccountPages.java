package dev.custody.security;

import dev.custody.network.pages.FormFlow;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The signed-in user's password page: current password, new one twice. A new password ends every session of the
 * user, this one too, so the browser goes to the sign-in page.
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPages {
    @Inject
    UserAccounts accounts;
    @Inject
    PageContext page;
    @Inject
    SecurityIdentity identity;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    public String show() {
        return render(Map.of(), null);
    }

    @POST
    public Response change(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String confirmPassword) {
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            return FormFlow.html(400, render(Map.of("confirmPassword", "does not match the new password"), null));
        }
        try {
            accounts.changePassword(identity.getPrincipal().getName(), new PasswordChange(currentPassword, newPassword));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return FormFlow.html(400, render(errors, null));
        } catch (ConflictException e) {
            return FormFlow.html(409, render(Map.of(), e.getMessage()));
        }
        return Response.seeOther(URI.create("/login?passwordChanged=true"))
                .cookie(SessionCookies.expired(sessionCookie),
                        SessionCookies.expired(WebSessions.COOKIE))
                .build();
    }

    private String render(Map<String, String> errors, String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "account");
        model.put("errors", errors);
        model.put("refusal", refusal);
        model.put("managedHere", accounts.managedHere());
        model.put("minLength", UserAccounts.MIN_PASSWORD);
        return page.render("security/password", model);
    }
}
