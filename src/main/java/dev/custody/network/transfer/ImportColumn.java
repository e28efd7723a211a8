package dev.custody.network.transfer;

import java.util.List;

/** One column of the import and export format: its header, whether a row must fill it, its allowed values. */
public record ImportColumn(String name, boolean required, List<String> allowed, String help) {

    static ImportColumn required(String name, String help) {
        return new ImportColumn(name, true, List.of(), help);
    }

    static ImportColumn optional(String name, String help) {
        return new ImportColumn(name, false, List.of(), help);
    }

    static ImportColumn choice(String name, Class<? extends Enum<?>> values, String help) {
        List<String> allowed = java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new ImportColumn(name, true, allowed, help);
    }
}
