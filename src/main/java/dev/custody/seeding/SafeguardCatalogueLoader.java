package dev.custody.seeding;

import dev.custody.economics.engagement.Safeguard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Loads the safeguard catalogue (reference data, editable afterwards) from data-seeds/reference/safeguards.tsv. */
@ApplicationScoped
public class SafeguardCatalogueLoader {
    static final String SAFEGUARDS = "data-seeds/reference/safeguards.tsv";

    /** Returns the number of safeguards added; one whose name is taken already is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int load() {
        int added = 0;
        for (TsvFile.Row row : TsvFile.read(SAFEGUARDS)) {
            if (Safeguard.count("lower(name)", row.get("name").toLowerCase(Locale.ROOT)) > 0) {
                continue;
            }
            Safeguard s = new Safeguard();
            s.name = row.get("name");
            s.description = row.get("description");
            s.controlId = row.get("control_id");
            s.effectivenessLow = new BigDecimal(row.get("effectiveness_low"));
            s.effectivenessExpected = new BigDecimal(row.get("effectiveness_expected"));
            s.effectivenessHigh = new BigDecimal(row.get("effectiveness_high"));
            s.costOneTime = new BigDecimal(row.get("cost_one_time"));
            s.costAnnual = new BigDecimal(row.get("cost_annual"));
            s.costPerUnit = new BigDecimal(row.get("cost_per_unit"));
            s.currency = row.get("currency");
            s.scenarios.addAll(List.copyOf(Arrays.asList(row.get("scenarios").split(","))));
            s.persist();
            added++;
        }
        return added;
    }
}
