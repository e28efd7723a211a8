package dev.custody.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * An insider-threat assessment of an organization: each factor 0..4, or null when not assessed (unknown).
 * One column per factor keeps the change history readable factor by factor.
 */
@Entity
@Audited
public class Assessment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    public String assessor;
    public LocalDate assessedOn;
    public String evidenceNote;
    public Integer personnelScreening;
    public Integer physicalAccessControl;
    public Integer componentProvenance;
    public Integer incomingInspection;
    public Integer firmwareIntegrity;
    public Integer configurationAttestation;
    public Integer custodyHandoffs;
    public Integer tamperEvidentPackaging;
    public Integer subtierVisibility;
    public Integer insiderProgramme;
    public Integer foreignInfluence;
    @Version
    public long version;

    /** The assessed factors; a factor absent from the map is unknown. */
    public Map<InsiderFactor, Integer> ratings() {
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            Integer rating = rating(factor);
            if (rating != null) {
                ratings.put(factor, rating);
            }
        }
        return ratings;
    }

    public void setRatings(Map<InsiderFactor, Integer> ratings) {
        for (InsiderFactor factor : InsiderFactor.values()) {
            rate(factor, ratings.get(factor));
        }
    }

    public Integer rating(InsiderFactor factor) {
        return switch (factor) {
            case PERSONNEL_SCREENING -> personnelScreening;
            case PHYSICAL_ACCESS_CONTROL -> physicalAccessControl;
            case COMPONENT_PROVENANCE -> componentProvenance;
            case INCOMING_INSPECTION -> incomingInspection;
            case FIRMWARE_INTEGRITY -> firmwareIntegrity;
            case CONFIGURATION_ATTESTATION -> configurationAttestation;
            case CUSTODY_HANDOFFS -> custodyHandoffs;
            case TAMPER_EVIDENT_PACKAGING -> tamperEvidentPackaging;
            case SUBTIER_VISIBILITY -> subtierVisibility;
            case INSIDER_PROGRAMME -> insiderProgramme;
            case FOREIGN_INFLUENCE -> foreignInfluence;
        };
    }

    private void rate(InsiderFactor factor, Integer rating) {
        switch (factor) {
            case PERSONNEL_SCREENING -> personnelScreening = rating;
            case PHYSICAL_ACCESS_CONTROL -> physicalAccessControl = rating;
            case COMPONENT_PROVENANCE -> componentProvenance = rating;
            case INCOMING_INSPECTION -> incomingInspection = rating;
            case FIRMWARE_INTEGRITY -> firmwareIntegrity = rating;
            case CONFIGURATION_ATTESTATION -> configurationAttestation = rating;
            case CUSTODY_HANDOFFS -> custodyHandoffs = rating;
            case TAMPER_EVIDENT_PACKAGING -> tamperEvidentPackaging = rating;
            case SUBTIER_VISIBILITY -> subtierVisibility = rating;
            case INSIDER_PROGRAMME -> insiderProgramme = rating;
            case FOREIGN_INFLUENCE -> foreignInfluence = rating;
        }
    }
}
