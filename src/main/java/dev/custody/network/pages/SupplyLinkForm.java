package dev.custody.network.pages;

import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.network.SupplyLink;
import dev.custody.network.SupplyLinkInput;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The supply link form as posted: the supplier by name, the item and the share as text. */
public record SupplyLinkForm(
        @RestForm String supplier,
        @RestForm String item,
        @RestForm String itemKind,
        @RestForm String share,
        @RestForm String criticality,
        @RestForm String version) {

    public static SupplyLinkForm blank() {
        return new SupplyLinkForm("", "", "", "", "", null);
    }

    public static SupplyLinkForm of(SupplyLink link) {
        return new SupplyLinkForm(link.supplier.name, link.item, link.itemKind.name(),
                link.share.stripTrailingZeros().toPlainString(), link.criticality.name(), String.valueOf(link.version));
    }

    /** The input for a link from this buyer to the supplier resolved from the typed name. */
    public SupplyLinkInput toInput(long buyerId, Long supplierId, Map<String, String> errors) {
        return new SupplyLinkInput(buyerId, supplierId, FormValues.text(item),
                FormValues.choice(ItemKind.class, itemKind, "itemKind", errors),
                FormValues.decimal(share, "share", errors),
                FormValues.choice(Criticality.class, criticality, "criticality", errors),
                FormValues.version(version, errors));
    }
}
