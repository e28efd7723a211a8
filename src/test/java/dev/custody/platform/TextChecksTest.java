package dev.custody.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which characters a field may hold: no control characters, tab and line breaks only in multi-line fields. */
class TextChecksTest {

    @ParameterizedTest(name = "{0} in {1}: refused = {2}")
    @CsvSource({
            "0000, name, true", "0000, summary, true", "0009, name, true", "0009, summary, false",
            "000A, title, true", "000A, description, false", "000D, q, true", "000D, notes, false",
            "001B, name, true", "001B, justification, true", "007F, name, true", "0085, summary, true",
            "009F, name, true", "00A0, name, false", "00E9, name, false", "200B, name, false", "0041, , false"})
    void shouldRefuseControlCharactersExceptLineBreaksInMultiLineFields(String hex, String field, boolean refused) {
        String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
        assertThat(TextChecks.problem(field, text).isPresent()).isEqualTo(refused);
        if (refused) {
            assertThat(TextChecks.problem(field, text).get()).contains("U+" + hex);
        }
    }

    @ParameterizedTest(name = "\"{0}\" single line: {1}")
    @CsvSource(value = {"Halvard Systems Inc.|true", "|true", "tab\there|false"}, delimiter = '|')
    void shouldTellASingleLine(String text, boolean single) {
        assertThat(TextChecks.isSingleLine(text == null ? null : text.replace("\\t", "\t"))).isEqualTo(single);
    }
}
