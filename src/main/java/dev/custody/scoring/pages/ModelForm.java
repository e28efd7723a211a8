package dev.custody.scoring.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custody.network.Criticality;
import dev.custody.scoring.ScoringModel;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the draft form: one field per parameter, named by its JSON path, over the stored parameters. What cannot be
 * read is reported into errors by that path and keeps its stored value, so that the other fields can still be
 * checked; a blank indicator weight takes the indicator out of the model.
 */
final class ModelForm {
    private ModelForm() {
    }

    static ScoringModel read(ObjectMapper mapper, MultivaluedMap<String, String> form, ScoringModel stored,
            List<ModelParameters.Section> sections, Map<String, String> errors) {
        // Starts from the stored parameters: what the form does not show (the formula, a parameter the formula does
        // not use) keeps its value.
        ObjectNode tree = mapper.valueToTree(stored);
        tree.putObject("indicatorWeights");
        for (ModelParameters.Section section : sections) {
            for (ModelParameters.Param p : section.params()) {
                String text = form.getFirst(p.path());
                text = text == null ? "" : text.trim().replace(',', '.');
                if (text.isEmpty() && p.path().startsWith("indicatorWeights.")) {
                    continue;
                }
                JsonNode value = value(mapper, p, text);
                if (value == null) {
                    errors.putIfAbsent(p.path(), message(p.kind()));
                    value = p.value().isEmpty() ? null : value(mapper, p, p.value());
                }
                if (value != null) {
                    set(tree, p.path(), value);
                }
            }
        }
        try {
            return mapper.treeToValue(tree, ScoringModel.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The draft form built parameters that do not read back", e);
        }
    }

    private static JsonNode value(ObjectMapper mapper, ModelParameters.Param p, String text) {
        try {
            return switch (p.kind()) {
                case WHOLE -> mapper.getNodeFactory().numberNode(Integer.parseInt(text));
                case CRITICALITY -> mapper.getNodeFactory().textNode(Criticality.valueOf(text).name());
                case NUMBER -> {
                    double d = Double.parseDouble(text);
                    yield Double.isFinite(d) ? mapper.getNodeFactory().numberNode(d) : null;
                }
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String message(ModelParameters.Kind kind) {
        return switch (kind) {
            case WHOLE -> "must be a whole number";
            case CRITICALITY -> "choose a criticality";
            case NUMBER -> "must be a number such as 0.35";
        };
    }

    private static void set(ObjectNode tree, String path, JsonNode value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            tree.set(path, value);
        } else {
            ObjectNode inner = tree.has(path.substring(0, dot)) ? (ObjectNode) tree.get(path.substring(0, dot))
                    : tree.putObject(path.substring(0, dot));
            inner.set(path.substring(dot + 1), value);
        }
    }
}
