package dev.custody.platform.events;

/**
 * A bulk import ended: written (succeeded, with the organizations and supply links it added) or refused as a whole
 * (with the number of problems found). source says which import, such as {@code spreadsheet}.
 */
public record ImportFinished(String source, boolean succeeded, int organizations, int supplyLinks, int problems)
        implements PlatformEvent {
    public static final String TYPE = "dev.custody.import.finished";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "imports/" + source;
    }
}
