package dev.custody.network;

import java.math.BigDecimal;
import java.util.List;

/** An organization and the suppliers below it, as deep as asked; truncated marks where the depth ran out. */
public record SupplyTree(long id, String name, OrganizationKind kind, String hqCountry, Integer tier, String item,
        BigDecimal share, Criticality criticality, boolean truncated, List<SupplyTree> suppliers) {
}
