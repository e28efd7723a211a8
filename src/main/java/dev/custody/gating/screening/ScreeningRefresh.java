package dev.custody.gating.screening;

import dev.custody.network.transfer.ImportError;
import dev.custody.scoring.ScheduledRun;
import dev.custody.scoring.ScheduledRuns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The scheduled refresh of the Consolidated Screening List from the configured file or URL, with the validation of
 * an upload. Every instance fires it; the period's run goes to the one that claims it (ScheduledRuns), the others
 * skip. A file that is refused, or a source that cannot be read, leaves the list in force and is recorded as the
 * failed run the screening-lists page shows; a later attempt in the period takes it over.
 */
@ApplicationScoped
public class ScreeningRefresh {
    static final String JOB = "screening-list-refresh";
    static final String USER = "scheduled refresh";
    private static final int PROBLEMS_NAMED = 5;
    private static final Logger LOG = Logger.getLogger(ScreeningRefresh.class);

    @Inject
    ScheduledRuns runs;
    @Inject
    ScreeningService screening;
    @Inject
    ScreeningConfig screeningConfig;
    @Inject
    ScreeningRefreshConfig config;
    @Inject
    Clock clock;

    @Scheduled(identity = JOB, cron = "${custody.gating.screening.refresh.cron}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run("schedule").filter(outcome -> !outcome.ran()).ifPresent(outcome -> LOG.infof("Screening list refresh "
                + "of the period from %s skipped: %s by %s", outcome.run().runDate, outcome.run().status,
                outcome.run().triggeredBy));
    }

    /** This period's refresh from the configured source; empty when no source is configured. */
    public Optional<ScheduledRuns.Outcome> run(String triggeredBy) {
        return config.source().filter(s -> !s.isBlank()).map(source -> run(triggeredBy, source.strip()));
    }

    /** Imports the list from the source unless this period's refresh succeeded or runs elsewhere. */
    public ScheduledRuns.Outcome run(String triggeredBy, String source) {
        return runs.runOnce(JOB, periodStart(LocalDate.now(clock)), triggeredBy, key -> refresh(key, source));
    }

    /** The latest runs, newest first. */
    public List<ScheduledRun> latest(int limit) {
        return runs.latest(JOB, limit);
    }

    public Optional<String> source() {
        return config.source().filter(s -> !s.isBlank()).map(String::strip);
    }

    /** The first day of the period a date is in; periods of periodDays days counted from 1970-01-01. */
    LocalDate periodStart(LocalDate date) {
        long day = date.toEpochDay();
        return LocalDate.ofEpochDay(day - Math.floorMod(day, Math.max(1, config.periodDays())));
    }

    private ScheduledRun refresh(ScheduledRun.Key key, String source) {
        long start = System.nanoTime();
        byte[] file;
        try {
            file = ScreeningSource.fetch(source, screeningConfig.maxBytes(), config.timeout());
        } catch (ScreeningSource.Unavailable e) {
            return failed(key, "The Consolidated Screening List could not be refreshed: " + e.getMessage()
                    + ". The list in force stays.");
        }
        if (file.length > screeningConfig.maxBytes()) {
            return failed(key, "The file from " + source + " was refused and the list in force stays: it has more "
                    + "than " + screeningConfig.maxBytes() + " bytes, the most a screening list may have "
                    + "(custody.gating.screening.max-bytes).");
        }
        String checksum = CslFile.sha256(file);
        boolean unchanged = QuarkusTransaction.requiringNew().call(() -> screening.inForce()
                .map(l -> l.checksum.equals(checksum)).orElse(false));
        if (unchanged) {
            LOG.infof("Screening list refresh from %s: the file is the list in force (SHA-256 %s)", source, checksum);
            return runs.succeeded(key, millisSince(start));
        }
        try {
            ScreeningList list = screening.importFile(file, ScreeningSource.fileName(source), USER);
            LOG.infof("Screening list refreshed from %s: %d parties, %d names and aliases", source, list.rowCount,
                    list.nameCount);
            return runs.succeeded(key, millisSince(start));
        } catch (ScreeningImportException e) {
            return failed(key, "The file from " + source + " was refused and the list in force stays: "
                    + e.rows().size() + (e.rows().size() == 1 ? " problem" : " problems") + ", "
                    + describe(e.rows()) + ".");
        }
    }

    private ScheduledRun failed(ScheduledRun.Key key, String message) {
        LOG.error(message);
        return runs.failed(key, message);
    }

    private static String describe(List<ImportError> problems) {
        String named = problems.stream().limit(PROBLEMS_NAMED).map(p -> (p.row() == 0 ? "" : "row " + p.row()
                + (p.column() == null ? "" : ", " + p.column()) + ": ") + p.message())
                .collect(Collectors.joining("; "));
        return problems.size() > PROBLEMS_NAMED ? named + "; and " + (problems.size() - PROBLEMS_NAMED) + " more"
                : named;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
