package dev.custody.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.transfer.ImportError;
import dev.custody.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IndicatorFileTest {
    static final Set<String> COUNTRIES = Set.of("DE", "FR", "NL");

    static IndicatorFile.Parsed read(String csv) {
        return IndicatorFile.read(csv.getBytes(StandardCharsets.UTF_8), COUNTRIES);
    }

    @Test
    void shouldReadValuesWithLowerCaseCodesAndReportEachBadRow() {
        IndicatorFile.Parsed parsed = read("\uFEFFISO2,Value\nde,1.5\nXX,2\nDE,3\nFR,\nNL,1e400\n");
        assertThat(parsed.values()).containsExactly(Map.entry("DE", 1.5));
        assertThat(parsed.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "iso2"), org.assertj.core.groups.Tuple.tuple(4, "iso2"),
                org.assertj.core.groups.Tuple.tuple(5, "value"), org.assertj.core.groups.Tuple.tuple(6, "value"));
    }

    @Test
    void shouldRefuseAFileWithoutTheHeaderOrRows() {
        assertThatThrownBy(() -> read("country,value\nDE,1\n")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("iso2,value\n")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "HIGHER_IS_RISKIER, 10, 0",
        "HIGHER_IS_RISKIER, 30, 100",
        "HIGHER_IS_RISKIER, 15, 25",
        "HIGHER_IS_SAFER, 10, 100",
        "HIGHER_IS_SAFER, 30, 0",
        "HIGHER_IS_SAFER, 15, 75",
    })
    void shouldScaleMinToMaxOntoZeroToHundredFlippedWhenHigherIsSafer(IndicatorDirection direction, double value,
            double risk) {
        Map<String, Double> values = new LinkedHashMap<>(Map.of("DE", 10.0, "FR", 30.0, "NL", 15.0));
        String iso2 = value == 10 ? "DE" : value == 30 ? "FR" : "NL";
        assertThat(IndicatorFile.normalise(values, direction).get(iso2)).isCloseTo(risk, within(1e-9));
    }

    @Test
    void shouldGiveFiftyWhenEveryValueIsTheSame() {
        assertThat(IndicatorFile.normalise(Map.of("DE", 4.0, "FR", 4.0), IndicatorDirection.HIGHER_IS_SAFER))
                .containsEntry("DE", 50.0).containsEntry("FR", 50.0);
    }
}
