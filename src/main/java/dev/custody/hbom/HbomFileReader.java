package dev.custody.hbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.transfer.ImportFileException;
import dev.custody.network.transfer.ImportFileReader;
import dev.custody.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.XmlParser;

/**
 * Reads an uploaded CycloneDX BOM, JSON or XML, version 1.5 or 1.6: refuses it when too large, malformed, with a
 * document type or entities, with too many or too deeply nested components, or not valid against the CycloneDX
 * schema of its version, before any of it is bound to objects.
 */
@ApplicationScoped
public class HbomFileReader {
    static final Set<String> VERSIONS = Set.of("1.5", "1.6");
    /** Problems listed at most; a broken file would otherwise list thousands. */
    static final int MAX_PROBLEMS = 50;

    /** A BOM that passed every check, its format and CycloneDX version. */
    public record Document(Bom bom, String format, String specVersion) {
    }

    @Inject
    HbomConfig config;
    @Inject
    HbomSchemas schemas;

    public Document read(byte[] bytes) {
        ImportFileReader.checkSize(bytes.length, config.maxBytes());
        return switch (firstCharacter(bytes)) {
            case '{' -> json(bytes);
            case '<' -> xml(bytes);
            default -> throw ImportFileException.unreadable("The file is neither JSON nor XML; upload a CycloneDX "
                    + "hardware BOM (.cdx.json or .cdx.xml, version 1.5 or 1.6).");
        };
    }

    private Document json(byte[] bytes) {
        JsonNode root = jsonTree(bytes);
        if (!"CycloneDX".equals(root.path("bomFormat").asText())) {
            throw ImportFileException.unreadable("The file is JSON but not a CycloneDX BOM: bomFormat must be "
                    + "\"CycloneDX\".");
        }
        String version = supported(root.path("specVersion").asText(null));
        new JsonShape(config).check(root);
        List<FieldError> problems = schemas.validateJson(root, Version.fromVersionString(version));
        if (!problems.isEmpty()) {
            throw new HbomRefused(problems);
        }
        try {
            return new Document(JSON.treeToValue(root, Bom.class), "JSON", version);
        } catch (JsonProcessingException e) {
            throw ImportFileException.unreadable("The BOM follows the CycloneDX schema but could not be read: "
                    + e.getOriginalMessage());
        }
    }

    private Document xml(byte[] bytes) {
        String namespace = new XmlShape(config).check(bytes);
        String version = supported(namespace.startsWith(XmlShape.NAMESPACE)
                ? namespace.substring(XmlShape.NAMESPACE.length()) : null);
        List<FieldError> problems = schemas.validateXml(bytes, Version.fromVersionString(version));
        if (!problems.isEmpty()) {
            throw new HbomRefused(problems);
        }
        try {
            return new Document(new XmlParser().parse(bytes), "XML", version);
        } catch (ParseException e) {
            throw ImportFileException.unreadable("The BOM follows the CycloneDX schema but could not be read: "
                    + e.getMessage());
        }
    }

    private JsonNode jsonTree(byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw ImportFileException.unreadable("The file is not a JSON object; a CycloneDX BOM is one.");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new HbomRefused("file", "The file nests deeper than any BOM with components at most "
                    + config.maxDepth() + " levels deep would; it was not read further.");
        } catch (JsonProcessingException e) {
            throw ImportFileException.unreadable("The file is not well-formed JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ImportFileException.unreadable("The file could not be read as JSON: " + e.getMessage());
        }
    }

    private static String supported(String version) {
        if (version == null || !VERSIONS.contains(version)) {
            throw ImportFileException.unreadable("The BOM is CycloneDX " + (version == null ? "of an unknown version"
                    : version) + "; Custody imports CycloneDX 1.5 and 1.6. Export it again as 1.6.");
        }
        return version;
    }

    /** The first character after a byte-order mark and white space, or 0. */
    static char firstCharacter(byte[] bytes) {
        int at = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < bytes.length && Character.isWhitespace(bytes[at])) {
            at++;
        }
        return at < bytes.length ? (char) bytes[at] : 0;
    }

    /**
     * JSON nesting read at most: each level of components takes two (the array and the object), so this leaves room
     * for custody.hbom.max-depth up to 64 and the fields of the deepest component, and stops a hostile file early.
     */
    static final int JSON_NESTING = 2 * 64 + 32;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JSON_NESTING)
                    .maxStringLength(1_000_000).build()).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The first problems, so that a broken file does not list thousands. */
    static List<FieldError> capped(List<FieldError> problems) {
        return problems.size() <= MAX_PROBLEMS ? problems : List.copyOf(problems.subList(0, MAX_PROBLEMS));
    }
}
