package dev.custody.seeding;

import dev.custody.reference.Country;
import dev.custody.reference.RestrictedParty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Loads countries (CPI 2023, export-control groups) and named restricted parties from data-seeds/reference. */
@ApplicationScoped
public class ReferenceDataLoader {
    static final String COUNTRIES = "data-seeds/reference/countries.tsv";
    static final String PARTIES = "data-seeds/reference/restricted-parties.tsv";

    @Transactional(Transactional.TxType.MANDATORY)
    public int loadCountries() {
        List<TsvFile.Row> rows = TsvFile.read(COUNTRIES);
        for (TsvFile.Row row : rows) {
            Country country = new Country();
            country.iso2 = row.get("iso2");
            country.iso3 = row.get("iso3");
            country.name = row.get("country");
            country.cpiScore = row.integer("cpi_2023_score");
            country.cpiRank = row.integer("cpi_2023_rank");
            country.region = row.get("ti_region");
            country.earGroupE1 = row.yes("ear_group_e1");
            country.earGroupE2 = row.yes("ear_group_e2");
            country.usEmbargoed = row.yes("us_embargoed");
            country.itarProscribed = row.yes("itar_126_1_proscribed");
            // The column names the law where one was found; blank means "not researched", not "no such law".
            String law = row.get("state_intelligence_cooperation_law");
            country.intelligenceLaw = law.isBlank() ? null : Boolean.valueOf(!"no".equalsIgnoreCase(law));
            country.persist();
        }
        return rows.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int loadRestrictedParties() {
        List<TsvFile.Row> rows = TsvFile.read(PARTIES);
        for (TsvFile.Row row : rows) {
            RestrictedParty party = new RestrictedParty();
            party.name = row.get("name");
            party.aliases = row.get("aliases").isBlank() ? null : row.get("aliases");
            party.country = row.get("country").isBlank() ? null : row.get("country");
            party.listName = row.get("list");
            party.listedOn = row.get("listed_on").isBlank() ? null : LocalDate.parse(row.get("listed_on"));
            party.scope = row.get("scope");
            party.persist();
        }
        return rows.size();
    }
}
