package dev.custody.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the deployment files back as YAML, and the environment variables application.properties reads. */
final class DeploymentFiles {
    static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private DeploymentFiles() {
    }

    static JsonNode yaml(Path file) {
        try {
            return new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML: " + file, e);
        }
    }

    /** Every document of a multi-document YAML file. */
    static List<JsonNode> documents(Path file) {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            new ObjectMapper(new YAMLFactory()).readValues(parser, JsonNode.class).forEachRemaining(documents::add);
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML: " + file, e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment variables application.properties reads as ${NAME} or ${NAME:default}. */
    static Set<String> variablesRead() {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text(ROOT.resolve("src/main/resources/application.properties")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
