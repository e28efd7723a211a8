package dev.custody.webhooks;

import dev.custody.platform.events.BandChanged;
import dev.custody.platform.events.DecisionMarkedForReview;
import dev.custody.platform.events.ImportFinished;
import dev.custody.platform.events.ReportReady;
import dev.custody.platform.events.StandingChanged;
import java.util.Collection;
import java.util.List;

/** The events an endpoint can subscribe to, in the order pages and the API list them, and the test event. */
public final class EventCatalogue {
    /** The event the "send test event" button queues for one endpoint, whatever it subscribes to. */
    public static final String TEST = "dev.custody.webhook.test";

    /** One subscribable event: its CloudEvents type, a short name and what it announces. */
    public record EventType(String type, String name, String description) {
    }

    public static final List<EventType> ALL = List.of(
            new EventType(BandChanged.TYPE, "Band changed", "An organization's inherited risk band moved, for "
                    + "example from medium to high, after an edit, a rescore or a new scoring model."),
            new EventType(StandingChanged.TYPE, "Standing changed", "A vendor's standing moved (barred, reject, "
                    + "approve with conditions, approve). Sent once vendor standings exist; nothing sends it yet."),
            new EventType(DecisionMarkedForReview.TYPE, "Decision marked for review", "A purchase request's gate "
                    + "decision was marked for review: its outcome changed on re-evaluation, or a condition is overdue."),
            new EventType(ReportReady.TYPE, "Report ready", "An executive report or vendor dossier finished and "
                    + "can be downloaded."),
            new EventType(ImportFinished.TYPE, "Import finished", "A bulk import of organizations and supply links "
                    + "was written, or refused as a whole with its problems."));

    private EventCatalogue() {
    }

    public static List<String> types() {
        return ALL.stream().map(EventType::type).toList();
    }

    /** The known types among these, in catalogue order, each once. */
    static List<String> ordered(Collection<String> types) {
        return types().stream().filter(types::contains).toList();
    }

    /** The types among these that the catalogue does not know. */
    static List<String> unknown(Collection<String> types) {
        return types.stream().filter(t -> !types().contains(t)).distinct().toList();
    }

    /** The short name of a type (the test event included), or the type itself. */
    public static String name(String type) {
        if (TEST.equals(type)) {
            return "Test event";
        }
        return ALL.stream().filter(e -> e.type().equals(type)).map(EventType::name).findFirst().orElse(type);
    }
}
