package dev.custody.network.pages;

import dev.custody.network.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Organizations as a form offers them: typed by exact name (a select of a 100,000-organization network would
 * not load), with the first names in alphabetical order as suggestions.
 */
@ApplicationScoped
public class OrganizationChoices {
    static final int SUGGESTIONS = 500;

    @Inject
    OrganizationRepository organizations;

    /** Names to suggest while typing; cut when the network has more than the form can carry. */
    public record Suggestions(List<String> names, boolean cut, int limit) {
    }

    public Suggestions suggestions() {
        List<String> names = organizations.getEntityManager()
                .createQuery("select o.name from Organization o order by o.name", String.class)
                .setMaxResults(SUGGESTIONS + 1).getResultList();
        boolean cut = names.size() > SUGGESTIONS;
        return new Suggestions(cut ? names.subList(0, SUGGESTIONS) : names, cut, SUGGESTIONS);
    }

    /** The id of the organization with this name (any case); a blank or unknown name goes into errors under field. */
    public Long resolve(String name, String field, Map<String, String> errors) {
        String typed = FormValues.text(name);
        if (typed == null) {
            errors.putIfAbsent(field, FormValues.REQUIRED);
            return null;
        }
        Long id = organizations.findByNameIgnoreCase(typed).map(o -> o.id).orElse(null);
        if (id == null) {
            errors.putIfAbsent(field, "no organization is called \"" + typed + "\"; type its exact name or create it first");
        }
        return id;
    }
}
