package dev.custody.network.transfer;

import dev.custody.network.OrganizationService;
import dev.custody.network.SupplyLinkInput;
import dev.custody.network.SupplyLinkService;
import dev.custody.network.transfer.ImportPlan.PlannedLink;
import dev.custody.network.transfer.ImportPlan.PlannedOrganization;
import dev.custody.platform.events.ImportFinished;
import dev.custody.platform.events.PlatformEvent;
import dev.custody.web.DomainException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Bulk import of organizations and supply links, all or nothing: every row is checked first, and only a file
 * without errors is written, in one transaction.
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** Rows written between two clears of the persistence context, so that each flush stays small. */
    private static final int BATCH = 100;
    /** The source named in ImportFinished events. */
    static final String SOURCE = "spreadsheet";

    @Inject
    ImportFileReader reader;
    @Inject
    ImportValidator validator;
    @Inject
    OrganizationService organizations;
    @Inject
    SupplyLinkService links;
    @Inject
    EntityManager em;
    @Inject
    Event<PlatformEvent> events;

    /** Reads, checks and writes an uploaded file; throws ImportFileException when the file itself is unreadable. */
    public ImportResult importFile(String fileName, Path path, long size) {
        ImportFile file = reader.read(fileName, path, size);
        ImportValidator.Outcome outcome = validator.validate(file);
        if (!outcome.errors().isEmpty()) {
            return refused(outcome.errors());
        }
        try {
            return write(outcome.plan());
        } catch (RowFailure failure) {
            return refused(List.of(failure.error));
        }
    }

    /** A file refused as a whole: nothing was written. */
    private ImportResult refused(List<ImportError> errors) {
        events.fire(new ImportFinished(SOURCE, false, 0, 0, errors.size()));
        return ImportResult.failed(errors);
    }

    /** Pass 2; anything refused here rolls the whole import back. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public ImportResult write(ImportPlan plan) {
        Map<Long, Long> ids = new HashMap<>();
        int written = 0;
        for (PlannedOrganization planned : plan.organizations()) {
            long id = attempt(ImportTable.ORGANIZATIONS, planned.row(), () -> organizations.create(planned.input()).id);
            ids.put(planned.temporaryId(), id);
            clearEvery(++written);
        }
        for (PlannedLink planned : plan.links()) {
            SupplyLinkInput in = planned.input();
            SupplyLinkInput input = new SupplyLinkInput(ids.getOrDefault(in.buyerId(), in.buyerId()),
                    ids.getOrDefault(in.supplierId(), in.supplierId()), in.item(), in.itemKind(), in.share(),
                    in.criticality(), null);
            attempt(ImportTable.SUPPLY_LINKS, planned.row(), () -> links.create(input).id);
            clearEvery(++written);
        }
        events.fire(new ImportFinished(SOURCE, true, plan.organizations().size(), plan.links().size(), 0));
        return new ImportResult(plan.organizations().size(), plan.links().size(), List.of());
    }

    /** Without this every flush re-checks every record written so far, and a large import slows quadratically. */
    private void clearEvery(int written) {
        if (written % BATCH == 0) {
            em.flush();
            em.clear();
        }
    }

    private static long attempt(ImportTable table, int row, Supplier<Long> step) {
        try {
            return step.get();
        } catch (DomainException e) {
            throw new RowFailure(new ImportError(table.sheet(), row, null, e.getMessage()));
        } catch (PersistenceException e) {
            LOG.warnf(e, "Import row %d of %s refused by the database", row, table.sheet());
            throw new RowFailure(new ImportError(table.sheet(), row, null,
                    "the database refused this row (someone may have changed the same records meanwhile)"));
        }
    }

    /** A row refused while writing; it carries the row so that the report can name it after the rollback. */
    public static final class RowFailure extends RuntimeException {
        final transient ImportError error;

        RowFailure(ImportError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }

        public ImportError error() {
            return error;
        }
    }
}
