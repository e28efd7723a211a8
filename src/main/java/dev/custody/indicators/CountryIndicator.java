package dev.custody.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A custom country indicator an administrator imported; its weight lives in the scoring model, by name. */
@Entity
@Table(name = "country_indicator")
public class CountryIndicator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public IndicatorDirection direction;
    public String source;
    public String importedBy;
    public Instant importedAt;

    public static CountryIndicator byName(String name) {
        return find("name", name).firstResult();
    }
}
