package dev.custody.network;

import java.math.BigDecimal;

/** A supply link as the API returns it, with both ends named. */
public record SupplyLinkView(Long id, long buyerId, String buyerName, long supplierId, String supplierName, String item,
        ItemKind itemKind, BigDecimal share, Criticality criticality, long version) {

    public static SupplyLinkView of(SupplyLink link) {
        return new SupplyLinkView(link.id, link.buyer.id, link.buyer.name, link.supplier.id, link.supplier.name, link.item,
                link.itemKind, link.share, link.criticality, link.version);
    }
}
