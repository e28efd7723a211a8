package dev.custody.network.transfer;

import dev.custody.network.Names;
import java.util.HashMap;
import java.util.Map;

/** The organizations an import can name: those already stored and those of the file (negative ids). */
final class KnownOrganizations {
    private final Map<String, Long> stored = new HashMap<>();
    private final Map<String, Long> inFile = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    /** Names compare as everywhere in Custody (Names.key: case, width and invisible characters do not count). */
    static String key(String name) {
        return Names.key(name);
    }

    void addStored(long id, String name) {
        stored.put(key(name), id);
        names.put(id, name);
    }

    void addFromFile(long temporaryId, String name) {
        inFile.putIfAbsent(key(name), temporaryId);
        names.putIfAbsent(temporaryId, name.trim());
    }

    Long storedId(String name) {
        return stored.get(key(name));
    }

    /** The stored organization of that name, else the file's; null when neither has it. */
    Long resolve(String name) {
        Long id = stored.get(key(name));
        return id != null ? id : inFile.get(key(name));
    }

    String name(long id) {
        return names.get(id);
    }
}
