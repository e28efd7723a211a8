package dev.custody.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A country indicator as the API and the page show it: its weight in the active model and in the draft (null
 * where that version does not weigh it), and its values when one indicator is asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorView(String name, String description, IndicatorDirection direction, String source,
        String importedBy, Instant importedAt, int countries, Double activeWeight, Double draftWeight,
        List<Value> values) {

    /** One country's value as imported and as the 0..100 risk the geography blends. */
    public record Value(String iso2, String country, double value, double risk) {
    }

    static IndicatorView of(CountryIndicator i, int countries, Double activeWeight, Double draftWeight,
            List<Value> values) {
        return new IndicatorView(i.name, i.description, i.direction, i.source, i.importedBy, i.importedAt, countries,
                activeWeight, draftWeight, values);
    }
}
