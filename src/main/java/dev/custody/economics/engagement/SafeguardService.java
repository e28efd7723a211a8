package dev.custody.economics.engagement;

import dev.custody.network.DuplicateNameException;
import dev.custody.web.FieldErrors;
import dev.custody.web.NotFoundException;
import dev.custody.web.Versions;
import dev.custody.platform.GateInputsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Keeps the safeguard catalogue: every rule of an item is checked before anything is saved. */
@ApplicationScoped
public class SafeguardService {
    @Inject
    Event<GateInputsChanged> gateInputs;

    public List<Safeguard> list() {
        return Safeguard.byName();
    }

    public Safeguard get(long id) {
        return Safeguard.<Safeguard>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Safeguard", id));
    }

    /** The safeguards with these ids; an unknown id is refused under field. */
    public List<Safeguard> all(List<Long> ids, String field) {
        List<Safeguard> found = ids.isEmpty() ? List.of() : Safeguard.list("id in ?1", ids);
        Set<Long> known = found.stream().map(s -> s.id).collect(Collectors.toSet());
        List<Long> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        new FieldErrors().check(unknown.isEmpty(), field, "names no catalogue safeguard: " + unknown).throwIfAny();
        return found;
    }

    @Transactional
    public Safeguard create(SafeguardInput input) {
        Safeguard safeguard = new Safeguard();
        apply(safeguard, input, null);
        safeguard.persist();
        gateInputs.fire(GateInputsChanged.everyVendor("safeguard catalogue"));
        return safeguard;
    }

    @Transactional
    public Safeguard update(long id, SafeguardInput input, long expectedVersion) {
        Safeguard safeguard = get(id);
        Versions.check("Safeguard " + id, safeguard.version, expectedVersion);
        apply(safeguard, input, id);
        Safeguard.flush();
        gateInputs.fire(GateInputsChanged.everyVendor("safeguard catalogue"));
        return safeguard;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Safeguard safeguard = get(id);
        Versions.checkDelete("Safeguard " + id, safeguard.version, expectedVersion);
        safeguard.delete();
        Safeguard.flush();
        gateInputs.fire(GateInputsChanged.everyVendor("safeguard catalogue"));
    }

    private static void apply(Safeguard safeguard, SafeguardInput input, Long id) {
        Set<String> scenarios = ThreatScenarios.keys();
        List<String> unknown = input.scenarios().stream().filter(s -> !scenarios.contains(s)).sorted().toList();
        new FieldErrors()
                .check(input.effectivenessLow().compareTo(input.effectivenessExpected()) <= 0, "effectivenessExpected",
                        "must not be below effectivenessLow")
                .check(input.effectivenessExpected().compareTo(input.effectivenessHigh()) <= 0, "effectivenessHigh",
                        "must not be below effectivenessExpected")
                .check(Money.knownCurrency(input.currency()), "currency", Money.CURRENCY_MESSAGE)
                .check(unknown.isEmpty(), "scenarios", "names unknown threat scenarios " + unknown + "; known: " + scenarios)
                .throwIfAny();
        Safeguard.<Safeguard>find("lower(name) = ?1", input.name().trim().toLowerCase(Locale.ROOT))
                .firstResultOptional()
                .filter(other -> !other.id.equals(id))
                .ifPresent(other -> {
                    throw new DuplicateNameException("name", "is already used by safeguard " + other.id);
                });
        safeguard.name = input.name().trim();
        safeguard.description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        safeguard.controlId = input.controlId();
        safeguard.effectivenessLow = input.effectivenessLow();
        safeguard.effectivenessExpected = input.effectivenessExpected();
        safeguard.effectivenessHigh = input.effectivenessHigh();
        safeguard.costOneTime = input.costOneTime();
        safeguard.costAnnual = input.costAnnual();
        safeguard.costPerUnit = input.costPerUnit();
        safeguard.currency = input.currency();
        safeguard.scenarios.clear();
        safeguard.scenarios.addAll(new TreeSet<>(input.scenarios()));
    }
}
