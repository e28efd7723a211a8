package dev.custody.hbom;

import dev.custody.hbom.HbomCompanies.Company;
import dev.custody.hbom.HbomParts.Part;
import dev.custody.hbom.HbomReport.LinkStatus;
import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.web.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The supply links a BOM's nesting describes: whoever makes a component buys what is inside it; the product's own
 * parts are bought by the target organization. A supplier that is not the manufacturer stands between the two.
 */
final class HbomLinks {
    static final int MAX_ITEM = 200;

    /** One link; key is the place of its component in the BOM (with .manufacturer for the hop behind a supplier). */
    static final class Link {
        final String key;
        final String component;
        final Company buyer;
        final Company supplier;
        final String item;
        final ItemKind itemKind;
        BigDecimal share;
        Criticality criticality;
        LinkStatus status = LinkStatus.NEW;

        Link(String key, String component, Company buyer, Company supplier, String item, ItemKind itemKind,
                BigDecimal share, Criticality criticality) {
            this.key = key;
            this.component = component;
            this.buyer = buyer;
            this.supplier = supplier;
            this.item = item;
            this.itemKind = itemKind;
            this.share = share;
            this.criticality = criticality;
        }

        String identity() {
            return buyer.key + "\n" + supplier.key + "\n" + item.toLowerCase(Locale.ROOT);
        }
    }

    private final List<Link> links = new ArrayList<>();
    private final Map<String, Link> byIdentity = new HashMap<>();
    private final List<FieldError> errors;
    private final List<FieldError> notes;

    HbomLinks(List<FieldError> errors, List<FieldError> notes) {
        this.errors = errors;
        this.notes = notes;
    }

    List<Link> all() {
        return links;
    }

    /** Derives the links of every part, then gives each without a share of its own its default share. */
    void derive(List<Part> parts, HbomCompanies companies) {
        Company[] buyerInside = new Company[parts.size()];
        for (Part part : parts) {
            Company buyer = part.parent() < 0 ? companies.target() : buyerInside[part.parent()];
            buyerInside[part.index()] = linkPart(part, buyer, companies);
        }
        defaultShares();
    }

    /** The links of one part; answers who buys the parts inside it. */
    private Company linkPart(Part part, Company buyer, HbomCompanies companies) {
        if (part.manufacturer() == null && part.supplier() == null) {
            notes.add(new FieldError(part.field(), "names neither a manufacturer nor a supplier: no supply link; "
                    + "the parts inside it are linked to " + buyer.name));
            return buyer;
        }
        Company maker = companies.get(HbomCompanies.key(part.manufacturer() != null ? part.manufacturer()
                : part.supplier()));
        Company supplier = part.manufacturer() != null && part.supplier() != null
                ? companies.get(HbomCompanies.key(part.supplier())) : maker;
        if (part.name().length() > MAX_ITEM) {
            errors.add(new FieldError(part.field() + ".name", "is longer than " + MAX_ITEM + " characters"));
        }
        ItemKind kind = part.itemKind() != null ? part.itemKind()
                : part.firmware() ? ItemKind.FIRMWARE : part.hasParts() ? ItemKind.ASSEMBLY : ItemKind.COMPONENT;
        Criticality criticality = part.criticality() != null ? part.criticality() : defaultCriticality(kind);
        if (supplier != maker) {
            add(new Link(part.field(), part.label(), buyer, supplier, part.name(), kind, part.share(), criticality));
            add(new Link(part.field() + ".manufacturer", part.label(), supplier, maker, part.name(), kind,
                    part.share(), criticality));
        } else if (maker == buyer) {
            notes.add(new FieldError(part.field(), "is made by " + maker.name + " itself: no supply link"));
        } else {
            add(new Link(part.field(), part.label(), buyer, maker, part.name(), kind, part.share(), criticality));
        }
        return maker;
    }

    /** Board assemblies and firmware are critical (DOMAIN.md); other parts start at medium for review. */
    static Criticality defaultCriticality(ItemKind kind) {
        return kind == ItemKind.ASSEMBLY || kind == ItemKind.FIRMWARE ? Criticality.CRITICAL : Criticality.MEDIUM;
    }

    private void add(Link link) {
        if (link.buyer == link.supplier) {
            notes.add(new FieldError(link.key, "is made by " + link.buyer.name + " itself: no supply link"));
            return;
        }
        Link earlier = byIdentity.putIfAbsent(link.identity(), link);
        if (earlier != null) {
            notes.add(new FieldError(link.key, "repeats the link of " + earlier.key + " (" + link.buyer.name
                    + " buys " + link.item + " from " + link.supplier.name + "): one link"));
            return;
        }
        links.add(link);
    }

    /** Sources of one item for one buyer share it equally (second sources), unless the BOM gives a share. */
    private void defaultShares() {
        Map<String, Set<String>> sources = new HashMap<>();
        for (Link link : links) {
            sources.computeIfAbsent(link.buyer.key + "\n" + link.item.toLowerCase(Locale.ROOT),
                    k -> new LinkedHashSet<>()).add(link.supplier.key);
        }
        for (Link link : links) {
            if (link.share == null) {
                int count = sources.get(link.buyer.key + "\n" + link.item.toLowerCase(Locale.ROOT)).size();
                link.share = BigDecimal.ONE.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
            }
        }
    }

    /** The analyst's shares and criticalities; a decision for a link the BOM does not have is an error. */
    void apply(HbomDecisions decisions) {
        Map<String, Link> byKey = new HashMap<>();
        links.forEach(l -> byKey.put(l.key, l));
        decisions.links().forEach((key, decision) -> {
            Link link = byKey.get(key);
            String field = "decisions.links[" + key + "]";
            if (link == null) {
                errors.add(new FieldError(field, "is not the key of a supply link of this BOM"));
                return;
            }
            if (decision.share() != null) {
                BigDecimal share = decision.share();
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 4) {
                    errors.add(new FieldError(field + ".share", "must be between 0 and 1 with at most 4 decimals"));
                } else {
                    link.share = share;
                }
            }
            if (decision.criticality() != null) {
                link.criticality = decision.criticality();
            }
        });
    }
}
