package dev.custody.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Countries by ISO code. */
@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {
    public boolean exists(String iso2) {
        return iso2 != null && findByIdOptional(iso2).isPresent();
    }
}
