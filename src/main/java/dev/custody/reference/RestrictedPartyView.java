package dev.custody.reference;

import java.time.LocalDate;

/** A restricted party as the API returns it; aliases are separated by "; ". */
public record RestrictedPartyView(Long id, String name, String aliases, String country, String listName,
        LocalDate listedOn, String scope, long version) {

    public static RestrictedPartyView of(RestrictedParty p) {
        return new RestrictedPartyView(p.id, p.name, p.aliases, p.country, p.listName, p.listedOn, p.scope, p.version);
    }
}
