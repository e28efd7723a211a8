package dev.custody.hbom;

import dev.custody.network.ItemKind;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationService;
import dev.custody.network.SupplyLink;
import dev.custody.network.SupplyTreeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.organization.PostalAddress;

/**
 * Writes an organization's supply tree as a CycloneDX 1.6 BOM: each supply link a component named after its item,
 * made by the supplier (with its headquarters country), holding the components of the supplier's own links; item
 * kind, share and criticality as custody: properties, so that importing the file gives the same links back.
 */
@ApplicationScoped
public class HbomExporter {
    static final String MORE_BELOW = "custody:more-below";
    private static final Comparator<SupplyLink> ITEM_ORDER = Comparator.comparing((SupplyLink l) -> l.item)
            .thenComparing(l -> l.supplier.name).thenComparing(l -> l.id);

    @Inject
    SupplyTreeService trees;
    @Inject
    OrganizationService organizations;
    @Inject
    HbomConfig config;
    @Inject
    Clock clock;

    public String json(long organizationId) {
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom(organizationId)).toJsonString();
        } catch (GeneratorException e) {
            throw new IllegalStateException("The CycloneDX JSON of organization " + organizationId
                    + " could not be written", e);
        }
    }

    public String xml(long organizationId) {
        try {
            return BomGeneratorFactory.createXml(Version.VERSION_16, bom(organizationId)).toXmlString();
        } catch (GeneratorException e) {
            throw new IllegalStateException("The CycloneDX XML of organization " + organizationId
                    + " could not be written", e);
        }
    }

    Bom bom(long organizationId) {
        Organization root = organizations.get(organizationId);
        Map<Long, List<SupplyLink>> below = trees.linksBelow(root.id, config.maxDepth());
        // By item, so that two trees with the same links are written alike whatever their shares.
        below.values().forEach(links -> links.sort(ITEM_ORDER));
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
        bom.setVersion(1);
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(clock.instant()));
        Component product = new Component();
        product.setType(Component.Type.DEVICE);
        product.setBomRef("organization-" + root.id);
        product.setName(root.name);
        product.setDescription("The supply tree of " + root.name + " as recorded in Custody");
        product.setManufacturer(entity(root));
        metadata.setComponent(product);
        bom.setMetadata(metadata);
        bom.setComponents(new Expansion(below, config).components(root.id, 1));
        return bom;
    }

    static OrganizationalEntity entity(Organization organization) {
        OrganizationalEntity entity = new OrganizationalEntity();
        entity.setName(organization.name);
        if (organization.hqCountry != null) {
            PostalAddress address = new PostalAddress();
            address.setCountry(organization.hqCountry);
            entity.setAddress(address);
        }
        return entity;
    }

    /** The tree as nested components, each bom-ref unique; a supplier reached along two paths is written twice. */
    private static final class Expansion {
        private final Map<Long, List<SupplyLink>> below;
        private final HbomConfig config;
        private final Map<Long, Integer> written = new HashMap<>();
        private int count;

        Expansion(Map<Long, List<SupplyLink>> below, HbomConfig config) {
            this.below = below;
            this.config = config;
        }

        List<Component> components(long buyerId, int depth) {
            List<Component> components = new ArrayList<>();
            for (SupplyLink link : below.getOrDefault(buyerId, List.of())) {
                if (++count > config.maxComponents()) {
                    throw new HbomRefused("organization", "The supply tree expands to more than "
                            + config.maxComponents() + " components (a supplier reached along several paths is "
                            + "written once for each); a BOM holds at most " + config.maxComponents()
                            + " (custody.hbom.max-components). Export the trees of its suppliers instead.");
                }
                components.add(component(link, depth));
            }
            return components.isEmpty() ? null : components;
        }

        private Component component(SupplyLink link, int depth) {
            Component component = new Component();
            component.setType(link.itemKind == ItemKind.FIRMWARE ? Component.Type.FIRMWARE : Component.Type.DEVICE);
            int occurrence = written.merge(link.id, 1, Integer::sum);
            component.setBomRef("link-" + link.id + (occurrence == 1 ? "" : "-" + occurrence));
            component.setName(link.item);
            component.setManufacturer(entity(link.supplier));
            List<Property> properties = new ArrayList<>(List.of(new Property(HbomParts.ITEM_KIND, link.itemKind.name()),
                    new Property(HbomParts.SHARE, link.share.stripTrailingZeros().toPlainString()),
                    new Property(HbomParts.CRITICALITY, link.criticality.name())));
            if (depth < config.maxDepth()) {
                component.setComponents(components(link.supplier.id, depth + 1));
            } else if (below.containsKey(link.supplier.id)) {
                properties.add(new Property(MORE_BELOW, "true"));
            }
            component.setProperties(properties);
            return component;
        }
    }
}
