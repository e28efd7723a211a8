package dev.custody.hbom;

import dev.custody.hbom.HbomReport.Match;
import dev.custody.hbom.HbomReport.OrganizationRow;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationRepository;
import dev.custody.network.OrganizationService;
import dev.custody.network.transfer.ImportError;
import dev.custody.network.transfer.ImportResult;
import dev.custody.network.transfer.ImportService;
import dev.custody.network.transfer.ImportTable;
import dev.custody.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Imports a CycloneDX hardware BOM into an organization's sub-tier map, all or nothing: the file is checked whole,
 * every company matched and every link planned first (the dry run stops there), and only a BOM without problems
 * and without open decisions is written, in one transaction, by the spreadsheet import's writer.
 */
@ApplicationScoped
public class HbomService {
    private static final Logger LOG = Logger.getLogger(HbomService.class);

    @Inject
    HbomFileReader reader;
    @Inject
    HbomPlanner planner;
    @Inject
    ImportService writer;
    @Inject
    OrganizationService organizations;
    @Inject
    OrganizationRepository repository;

    /** What the import would do; throws HbomRefused or ImportFileException when it could not be done at all. */
    public HbomReport preview(long organizationId, byte[] file, String fileName, HbomDecisions decisions) {
        return planned(organizationId, file, fileName, decisions, true).report();
    }

    /** Imports the BOM, or throws HbomRefused naming every problem and every decision still open. */
    public HbomReport importBom(long organizationId, byte[] file, String fileName, HbomDecisions decisions) {
        HbomPlanner.Outcome outcome = planned(organizationId, file, fileName, decisions, false);
        ImportResult result;
        try {
            result = writer.write(outcome.plan());
        } catch (ImportService.RowFailure failure) {
            throw new HbomRefused(List.of(whileWriting(failure.error(), outcome)));
        }
        HbomReport report = HbomReports.done(outcome.report(), withIds(outcome.report().organizations()),
                result.organizationsCreated(), result.linksCreated());
        LOG.infof("Hardware BOM %s imported into organization %d: %d organizations and %d supply links created",
                fileName, organizationId, result.organizationsCreated(), result.linksCreated());
        return report;
    }

    private HbomPlanner.Outcome planned(long organizationId, byte[] file, String fileName, HbomDecisions decisions,
            boolean dryRun) {
        Organization target = organizations.get(organizationId);
        HbomFileReader.Document document = reader.read(file);
        HbomPlanner.Outcome outcome = planner.plan(target, document, fileName,
                decisions == null ? HbomDecisions.NONE : decisions, dryRun);
        if (!outcome.errors().isEmpty()) {
            throw new HbomRefused(outcome.errors());
        }
        return outcome;
    }

    /** A row the writer refused (someone changed the network meanwhile), named by its place in the BOM. */
    private static FieldError whileWriting(ImportError error, HbomPlanner.Outcome outcome) {
        List<String> fields = error.sheet().equals(ImportTable.ORGANIZATIONS.sheet()) ? outcome.organizationFields()
                : outcome.linkFields();
        String field = error.row() >= 0 && error.row() < fields.size() ? fields.get(error.row()) : "file";
        return new FieldError(field, error.message());
    }

    /** The rows of the organizations just created with their new ids. */
    private List<OrganizationRow> withIds(List<OrganizationRow> rows) {
        return rows.stream().map(r -> r.match() != Match.NEW ? r : repository.findByNameIgnoreCase(r.name())
                .map(o -> new OrganizationRow(r.key(), r.name(), r.match(), o.id, r.hqCountry(), r.kind(),
                        r.candidates(), r.components()))
                .orElse(r)).toList();
    }
}
