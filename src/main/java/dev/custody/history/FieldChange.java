package dev.custody.history;

/** One field of a record as it was before a change and after it; an empty string stands for no value. */
public record FieldChange(String field, String oldValue, String newValue) {
}
