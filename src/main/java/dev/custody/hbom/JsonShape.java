package dev.custody.hbom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;

/** Counts the components of a JSON BOM at every level and finds the first nested deeper than allowed. */
final class JsonShape {
    private final HbomConfig config;

    JsonShape(HbomConfig config) {
        this.config = config;
    }

    private record Level(JsonNode components, String path, int depth) {
    }

    /** Throws HbomRefused naming the place where the BOM has too many or too deeply nested components. */
    void check(JsonNode root) {
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(root.path("components"), "components", 1));
        open.push(new Level(root.path("metadata").path("component").path("components"), "metadata.component.components", 1));
        int count = 0;
        while (!open.isEmpty()) {
            Level level = open.pop();
            if (!level.components().isArray()) {
                continue;
            }
            for (int i = 0; i < level.components().size(); i++) {
                String path = level.path() + "[" + i + "]";
                if (level.depth() > config.maxDepth()) {
                    throw tooDeep(config, path, level.depth());
                }
                if (++count > config.maxComponents()) {
                    throw tooMany(config);
                }
                open.push(new Level(level.components().get(i).path("components"), path + ".components", level.depth() + 1));
            }
        }
    }

    static HbomRefused tooDeep(HbomConfig config, String path, int depth) {
        return new HbomRefused(path, "is nested " + depth + " components deep; Custody imports components at most "
                + config.maxDepth() + " levels deep (custody.hbom.max-depth). Nothing below it was read.");
    }

    static HbomRefused tooMany(HbomConfig config) {
        return new HbomRefused("components", "The BOM has more than " + config.maxComponents() + " components; one "
                + "import accepts at most " + config.maxComponents() + " (custody.hbom.max-components). Split the "
                + "product into sub-assemblies and import each into the organization that builds it.");
    }
}
