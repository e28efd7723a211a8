package dev.custody.hbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.hbom.HbomParts.Maker;
import dev.custody.hbom.HbomParts.Part;
import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.web.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links a BOM's nesting describes, with their default item kind, criticality and share. Pure, no database. */
class HbomLinksTest {
    private final List<FieldError> errors = new ArrayList<>();
    private final List<FieldError> notes = new ArrayList<>();

    private static Part part(int index, int parent, String name, boolean firmware, boolean hasParts, Maker manufacturer,
            Maker supplier) {
        return new Part(index, "p" + index, name, name, firmware, hasParts, parent, manufacturer, supplier, null, null,
                null);
    }

    private List<String> links(List<Part> parts) {
        HbomCompanies companies = new HbomCompanies(1L, "Vendor", errors, new ArrayList<>(), notes);
        companies.collect(parts);
        HbomLinks links = new HbomLinks(errors, notes);
        links.derive(parts, companies);
        return links.all().stream().map(l -> l.buyer.name + " > " + l.supplier.name + " : " + l.item + " "
                + l.itemKind + " " + l.criticality + " " + l.share.stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void shouldLinkTheMakerOfEachComponentToTheMakerOfTheOneHoldingIt() {
        Maker board = new Maker("Board Works", "TW");
        Maker chips = new Maker("Chip House", "KR");
        Maker firmware = new Maker("Code Shop", "US");
        List<String> links = links(List.of(part(0, -1, "Main board", false, true, board, null),
                part(1, 0, "Controller", false, true, chips, null),
                part(2, 1, "Controller firmware", true, false, firmware, null),
                part(3, 0, "Bare PCB", false, false, null, null)));
        assertThat(links).containsExactly("Vendor > Board Works : Main board ASSEMBLY CRITICAL 1",
                "Board Works > Chip House : Controller ASSEMBLY CRITICAL 1",
                "Chip House > Code Shop : Controller firmware FIRMWARE CRITICAL 1");
        assertThat(notes).extracting(FieldError::field).containsExactly("p3");
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldShareOnePartBetweenItsSourcesAndPutADistributorBetweenBuyerAndManufacturer() {
        List<String> links = links(List.of(part(0, -1, "DIMM", false, false, new Maker("Memory A", null), null),
                part(1, -1, "DIMM", false, false, new Maker("Memory B", null), null),
                part(2, -1, "dimm", false, false, new Maker("Memory C", null), null),
                part(3, -1, "TPM", false, false, new Maker("Secure Chips", null), new Maker("Parts Distributor", null))));
        assertThat(links).containsExactly("Vendor > Memory A : DIMM COMPONENT MEDIUM 0.3333",
                "Vendor > Memory B : DIMM COMPONENT MEDIUM 0.3333", "Vendor > Memory C : dimm COMPONENT MEDIUM 0.3333",
                "Vendor > Parts Distributor : TPM COMPONENT MEDIUM 1",
                "Parts Distributor > Secure Chips : TPM COMPONENT MEDIUM 1");
    }

    @Test
    void shouldMakeNoLinkForAPartItsBuyerMakesItselfAndOneLinkForARepeatedPart() {
        Maker nic = new Maker("Adapter Maker", "IL");
        List<String> links = links(List.of(part(0, -1, "Network adapter", false, true, nic, null),
                part(1, 0, "Adapter firmware", true, false, nic, null),
                part(2, -1, "Network adapter", false, false, new Maker("ADAPTER MAKER LTD", null), null),
                part(3, -1, "Rail kit", false, false, new Maker("Vendor Inc.", null), null)));
        assertThat(links).containsExactly("Vendor > Adapter Maker : Network adapter ASSEMBLY CRITICAL 1");
        assertThat(notes).extracting(FieldError::field).containsExactly("p1", "p2", "p3");
    }

    @Test
    void shouldTakeTheCustodyPropertiesOverTheDefaults() {
        Part part = new Part(0, "p0", "Field service", "Field service", false, false, -1, new Maker("Servicer", null),
                null, ItemKind.SERVICE, new BigDecimal("0.25"), Criticality.LOW);
        assertThat(links(List.of(part))).containsExactly("Vendor > Servicer : Field service SERVICE LOW 0.25");
    }
}
