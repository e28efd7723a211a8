package dev.custody.hbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.custody.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The CycloneDX JSON and XML schemas bundled with cyclonedx-core-java (no network), loaded once per version:
 * loading one takes about half a second, validating a BOM a few milliseconds.
 */
@ApplicationScoped
public class HbomSchemas {
    private final Map<Version, JsonSchema> json = new ConcurrentHashMap<>();
    private final Map<Version, Schema> xml = new ConcurrentHashMap<>();

    /** Every way the BOM breaks its version's JSON schema, each naming the place (such as components[1].type). */
    List<FieldError> validateJson(JsonNode bom, Version version) {
        JsonSchema schema = json.computeIfAbsent(version, HbomSchemas::loadJson);
        List<FieldError> problems = new ArrayList<>();
        schema.validate(bom).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .forEach(m -> problems.add(new FieldError(field(m.getInstanceLocation().toString()),
                        "does not follow the CycloneDX " + version.getVersionString() + " schema: "
                                + withoutPath(m.getMessage()))));
        return HbomFileReader.capped(problems);
    }

    /** Every way the BOM breaks its version's XML schema, each naming the line and column. */
    List<FieldError> validateXml(byte[] bom, Version version) {
        List<FieldError> problems = new ArrayList<>();
        try {
            Validator validator = xml.computeIfAbsent(version, HbomSchemas::loadXml).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(problems, version));
            validator.validate(new StreamSource(new ByteArrayInputStream(bom)));
        } catch (SAXParseException e) {
            // already collected by the error handler (a fatal error stops the validation)
        } catch (SAXException e) {
            problems.add(new FieldError("file", "is not valid CycloneDX " + version.getVersionString() + " XML: "
                    + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HbomFileReader.capped(problems);
    }

    /** "$.components[0].type" is components[0].type; the root "$" is the file. */
    static String field(String location) {
        if (location == null || location.equals("$")) {
            return "file";
        }
        return location.startsWith("$.") ? location.substring(2) : location;
    }

    /** The validator repeats the place at the start of its message; the field names it already. */
    private static String withoutPath(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static JsonSchema loadJson(Version version) {
        try {
            return new JsonParser().getJsonSchema(version, new ObjectMapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema loadXml(Version version) {
        try {
            return new JsonParser().getXmlSchema(version);
        } catch (SAXException e) {
            throw new IllegalStateException("The bundled CycloneDX " + version.getVersionString()
                    + " XML schema cannot be loaded", e);
        }
    }

    /** Collects warnings and errors with their line and column. */
    private record Collector(List<FieldError> problems, Version version) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            add(e);
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            add(e);
            throw e;
        }

        private void add(SAXParseException e) {
            problems.add(new FieldError("line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                    "does not follow the CycloneDX " + version.getVersionString() + " XML schema: " + e.getMessage()));
        }
    }
}
