package dev.custody.hbom;

import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.web.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;

/**
 * The components of a BOM as parts of the product, in document order, each with its maker and the properties
 * Custody writes on export (custody:item-kind, custody:share, custody:criticality). Pure: no database.
 */
final class HbomParts {
    static final String ITEM_KIND = "custody:item-kind";
    static final String SHARE = "custody:share";
    static final String CRITICALITY = "custody:criticality";

    /** A company named by the BOM, with the country of its address as written there (code or name), if any. */
    record Maker(String name, String country) {
        static Maker of(OrganizationalEntity entity) {
            if (entity == null || entity.getName() == null || entity.getName().isBlank()) {
                return null;
            }
            String country = entity.getAddress() == null ? null : entity.getAddress().getCountry();
            return new Maker(entity.getName().strip(), country == null || country.isBlank() ? null : country.strip());
        }
    }

    /**
     * One component: where it is in the BOM (field, such as components[0].components[2]), its names from the top
     * (label), the part it is inside (parent, -1 at the top), and what its properties say (null when they say nothing).
     */
    record Part(int index, String field, String label, String name, boolean firmware, boolean hasParts, int parent,
            Maker manufacturer, Maker supplier, ItemKind itemKind, BigDecimal share, Criticality criticality) {
    }

    /** The parts, the product's name and maker as the metadata give them, and problems with the properties. */
    record Read(List<Part> parts, String product, Maker productMaker, List<FieldError> problems) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<FieldError> problems = new ArrayList<>();

    private HbomParts() {
    }

    static Read of(Bom bom) {
        HbomParts reader = new HbomParts();
        Metadata metadata = bom.getMetadata();
        Component product = metadata == null ? null : metadata.getComponent();
        if (product != null) {
            reader.add(product.getComponents(), "metadata.component.components", "", -1);
        }
        reader.add(bom.getComponents(), "components", "", -1);
        return new Read(List.copyOf(reader.parts), product == null ? null : product.getName(), productMaker(metadata),
                List.copyOf(reader.problems));
    }

    private static Maker productMaker(Metadata metadata) {
        if (metadata == null) {
            return null;
        }
        Component product = metadata.getComponent();
        for (OrganizationalEntity entity : new OrganizationalEntity[] {metadata.getManufacturer(),
                product == null ? null : product.getManufacturer(), metadata.getManufacture(), metadata.getSupplier(),
                product == null ? null : product.getSupplier()}) {
            Maker maker = Maker.of(entity);
            if (maker != null) {
                return maker;
            }
        }
        return null;
    }

    private void add(List<Component> components, String path, String above, int parent) {
        if (components == null) {
            return;
        }
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            String field = path + "[" + i + "]";
            String name = c.getName() == null ? "" : c.getName().strip();
            String label = above.isEmpty() ? name : above + " › " + name;
            boolean hasParts = c.getComponents() != null && !c.getComponents().isEmpty();
            int index = parts.size();
            parts.add(new Part(index, field, label, name, c.getType() == Component.Type.FIRMWARE, hasParts, parent,
                    Maker.of(c.getManufacturer()), Maker.of(c.getSupplier()),
                    choice(c, field, ITEM_KIND, ItemKind.class), share(c, field), choice(c, field, CRITICALITY,
                            Criticality.class)));
            add(c.getComponents(), field + ".components", label, index);
        }
    }

    private BigDecimal share(Component c, String field) {
        String value = property(c, SHARE);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal share = new BigDecimal(value);
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 4) {
                problems.add(new FieldError(field + ".properties[" + SHARE + "]", "\"" + value + "\" must be a "
                        + "share between 0 and 1 with at most 4 decimals"));
                return null;
            }
            return share;
        } catch (NumberFormatException e) {
            problems.add(new FieldError(field + ".properties[" + SHARE + "]", "\"" + value + "\" is not a number; "
                    + "write a share such as 0.6"));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(Component c, String field, String property, Class<E> type) {
        String value = property(c, property);
        if (value == null) {
            return null;
        }
        String key = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        problems.add(new FieldError(field + ".properties[" + property + "]", "\"" + value + "\" is not one of "
                + String.join(", ", allowed)));
        return null;
    }

    private static String property(Component c, String name) {
        if (c.getProperties() == null) {
            return null;
        }
        return c.getProperties().stream().filter(p -> name.equals(p.getName())).map(Property::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
