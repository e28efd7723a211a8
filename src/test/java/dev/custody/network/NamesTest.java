package dev.custody.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as stored (clean) and compared (key): written with \\u escapes, as the characters are invisible. */
class NamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halvard Systems Inc.|Halvard Systems Inc.",
            "Halvard\u200b Systems Inc.|Halvard Systems Inc.",
            "Hal\u200dvard\u2060 Systems\ufeff Inc.|Halvard Systems Inc.",
            "Halvard\u00ad Systems|Halvard Systems",
            "'  Halvard \u00a0\t Systems  '|Halvard Systems",
            "\uff28\uff41\uff4c\uff56\uff41\uff52\uff44 Systems|Halvard Systems",
            "\ufb01rst Parts|first Parts",
            "Hal\u202evard|Halvard",
            "Soci\u0065\u0301t\u00e9 G\u00e9n\u00e9rale|Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"})
    void shouldStoreTheNameInNfkcWithoutInvisibleCharactersAndWithSingleSpaces(String typed, String stored) {
        assertEquals(stored, Names.clean(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halvard Systems Inc.|HALVARD SYSTEMS INC.",
            "Halvard Systems Inc.|Halvard\u200b Systems Inc.",
            "Halvard Systems Inc.|\uff28\uff41\uff4c\uff56\uff41\uff52\uff44  systems inc.",
            "Stra\u00dfe Logistik|STRASSE LOGISTIK"})
    void shouldCompareNamesThatReadTheSameAsEqual(String a, String b) {
        assertEquals(Names.key(a), Names.key(b));
    }

    @Test
    void shouldKeepNamesThatReadDifferentlyApart() {
        assertFalse(Names.key("Halvard Systems").equals(Names.key("Halvard System")));
        // Another script's look-alike letters are another name here; screening compares skeletons (PartyNames).
        assertFalse(Names.key("ZTE Corporation").equals(Names.key("Z\u0422\u0415 Corporation")));
    }

    @Test
    void shouldFindBidirectionalControlsAndNothingElse() {
        assertTrue(Names.hasBidiControl("Halvard\u202e Systems"));
        assertTrue(Names.hasBidiControl("\u2067Halvard\u2069"));
        assertTrue(Names.hasBidiControl("Halvard\u200f"));
        assertFalse(Names.hasBidiControl("Halvard\u200b Systems"));
        assertFalse(Names.hasBidiControl("\u05d0\u05dc\u05e2\u05dc Systems"));
        assertFalse(Names.hasBidiControl(null));
    }

    @Test
    void shouldLeaveNullAloneAndKeyItEmpty() {
        assertNull(Names.clean(null));
        assertEquals("", Names.key(null));
        assertEquals("", Names.clean("\u200b\u200c"));
    }
}
