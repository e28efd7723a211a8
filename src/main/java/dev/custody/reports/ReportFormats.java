package dev.custody.reports;

import dev.custody.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The report writers present (found through CDI), by format. */
@ApplicationScoped
public class ReportFormats {
    @Inject
    Instance<ReportWriter> writers;

    /** The writer of this format for this kind; an unknown or unsupported format is refused naming {@code format}. */
    public ReportWriter writer(ReportKind kind, String format) {
        String wanted = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        for (ReportWriter w : writers) {
            if (w.format().equals(wanted) && w.supports(kind)) {
                return w;
            }
        }
        throw new InvalidInputException("format", "must be one of " + String.join(", ", formats(kind))
                + " for a " + kind.name().toLowerCase(Locale.ROOT) + " report");
    }

    /** The formats available for a kind, sorted. */
    public List<String> formats(ReportKind kind) {
        return writers.stream().filter(w -> w.supports(kind)).map(ReportWriter::format).sorted().distinct().toList();
    }
}
