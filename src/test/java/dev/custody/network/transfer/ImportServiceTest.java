package dev.custody.network.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationInput;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.network.SupplyLinkInput;
import dev.custody.network.transfer.ImportPlan.PlannedLink;
import dev.custody.network.transfer.ImportPlan.PlannedOrganization;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pass 2 of an import: a row refused while writing rolls back every row written before it. */
@QuarkusTest
class ImportServiceTest {
    @Inject
    ImportService service;
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRollBackTheOrganizationsWhenALinkIsRefusedWhileWriting() {
        String name = "Rolled Back " + Workbooks.suffix();
        OrganizationInput organization = new OrganizationInput(name, OrganizationKind.VENDOR, "US", Ownership.PRIVATE,
                null, null, null, null);
        SupplyLinkInput danglingLink = new SupplyLinkInput(-1L, Long.MAX_VALUE, "Boards", ItemKind.ASSEMBLY, BigDecimal.ONE,
                Criticality.CRITICAL, null);
        ImportPlan plan = new ImportPlan(List.of(new PlannedOrganization(2, -1, organization)),
                List.of(new PlannedLink(7, danglingLink)));

        assertThatThrownBy(() -> service.write(plan)).isInstanceOfSatisfying(ImportService.RowFailure.class, failure -> {
            assertThat(failure.error.sheet()).isEqualTo("Supply links");
            assertThat(failure.error.row()).isEqualTo(7);
            assertThat(failure.error.message()).contains("not an existing organization");
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> Organization.count("name", name))).isZero();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldWriteMoreRowsThanOneBatchAndRecordTheirHistory() {
        String prefix = "Batch " + Workbooks.suffix() + " ";
        List<PlannedOrganization> organizations = new ArrayList<>();
        List<PlannedLink> links = new ArrayList<>();
        for (int i = 1; i <= 130; i++) {
            organizations.add(new PlannedOrganization(i + 1, -i, new OrganizationInput(prefix + i,
                    i == 1 ? OrganizationKind.VENDOR : OrganizationKind.COMPONENT_SUPPLIER, "TW", Ownership.PRIVATE,
                    null, null, null, null)));
            if (i > 1) {
                links.add(new PlannedLink(i, new SupplyLinkInput((long) -(i - 1), (long) -i, "Part", ItemKind.COMPONENT,
                        new BigDecimal("0.5"), Criticality.LOW, null)));
            }
        }

        ImportResult result = service.write(new ImportPlan(organizations, links));

        assertThat(result.organizationsCreated()).isEqualTo(130);
        assertThat(result.linksCreated()).isEqualTo(129);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(count("select count(*) from organization_aud where name like ?1", prefix + "%")).isEqualTo(130);
            assertThat(count("select count(*) from supply_link_aud a join organization o on o.id = a.buyer_id "
                    + "where o.name like ?1", prefix + "%")).isEqualTo(129);
            assertThat(count("select max(tier) from organization where name like ?1", prefix + "%")).isEqualTo(130);
        });
    }

    private long count(String sql, String parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
