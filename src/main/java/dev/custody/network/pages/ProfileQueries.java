package dev.custody.network.pages;

import dev.custody.network.Assessment;
import dev.custody.network.AssessmentAge;
import dev.custody.network.CustodyLeg;
import dev.custody.network.Incident;
import dev.custody.network.InsiderFactor;
import dev.custody.network.Site;
import dev.custody.network.SupplyLink;
import dev.custody.reference.Country;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Read-only queries behind the organization pages: the records around one organization, and list options. */
@ApplicationScoped
public class ProfileQueries {
    /** One assessment with its age on the day the page is shown. */
    public record AssessmentColumn(Assessment assessment, long ageMonths, boolean stale) {
        public Integer rating(InsiderFactor factor) {
            return assessment.rating(factor);
        }
    }

    @Inject
    EntityManager em;

    public List<Country> countries() {
        return Country.listAll(Sort.by("name"));
    }

    public List<Integer> tiers() {
        return em.createQuery("select distinct o.tier from Organization o where o.tier is not null order by o.tier",
                Integer.class).getResultList();
    }

    public List<Site> sites(long organizationId) {
        return Site.list("organization.id = ?1 order by name, id", organizationId);
    }

    /** The links where this organization is the supplier, with their buyers. */
    public List<SupplyLink> buyers(long organizationId) {
        return em.createQuery("select l from SupplyLink l join fetch l.buyer where l.supplier.id = :id "
                + "order by l.buyer.name, l.item", SupplyLink.class).setParameter("id", organizationId).getResultList();
    }

    /** The links where this organization is the buyer, with their suppliers (the first tier, editable). */
    public List<SupplyLink> suppliers(long organizationId) {
        return em.createQuery("select l from SupplyLink l join fetch l.supplier where l.buyer.id = :id "
                + "order by l.supplier.name, l.item", SupplyLink.class).setParameter("id", organizationId).getResultList();
    }

    public List<CustodyLeg> custodyChain(long vendorId) {
        return em.createQuery("select l from CustodyLeg l join fetch l.handler where l.vendor.id = :id "
                + "order by l.sequence", CustodyLeg.class).setParameter("id", vendorId).getResultList();
    }

    /** Legs of other vendors' chains that this organization handles (forwarders, carriers, brokers). */
    public List<CustodyLeg> legsHandled(long handlerId) {
        return em.createQuery("select l from CustodyLeg l join fetch l.vendor where l.handler.id = :id "
                + "and l.vendor.id <> :id order by l.vendor.name, l.sequence", CustodyLeg.class)
                .setParameter("id", handlerId).getResultList();
    }

    public List<Incident> incidents(long organizationId) {
        return Incident.list("organization.id = ?1 order by occurredOn desc, id desc", organizationId);
    }

    /** Newest first, each with its age today; stale when older than staleAfterMonths (AssessmentConfig). */
    public List<AssessmentColumn> assessments(long organizationId, LocalDate today, int staleAfterMonths) {
        List<Assessment> found = Assessment.list("organization.id = ?1 order by assessedOn desc, id desc", organizationId);
        return found.stream().map(a -> column(a, today, staleAfterMonths)).toList();
    }

    static AssessmentColumn column(Assessment assessment, LocalDate today, int staleAfterMonths) {
        return new AssessmentColumn(assessment, AssessmentAge.months(assessment.assessedOn, today),
                AssessmentAge.isStale(assessment.assessedOn, today, staleAfterMonths));
    }
}
