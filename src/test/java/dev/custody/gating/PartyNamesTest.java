package dev.custody.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei Technologies Co., Ltd.|huawei technologies",
            "HUAWEI TECHNOLOGIES COMPANY|huawei technologies",
            "Z.T.E. Corp|zte",
            "Hangzhou Hikvision Digital Technology Co.,Ltd|hangzhou hikvision digital technology",
            "Société Générale S.A.|societe generale",
            "AT&T Inc.|at and t",
            "'  '|''",
            "Brakkenfeld Halbleiter GmbH|brakkenfeld halbleiter",
            "VELMARINE SHIPPING S.A.|velmarine shipping",
            "Kaspersky Lab, JSC|kaspersky lab",
            "Acme Trading LLC|acme trading",
            "Acme Trading, L.L.C.|acme trading",
            "Nordic Parts Limited|nordic parts",
            "Nordic Parts Company|nordic parts",
            "Crédit Agricole Corp.|credit agricole",
            "Müller-Lüdenscheid Technik|muller ludenscheid technik"})
    void shouldNormaliseCasePunctuationAccentsAndLegalForms(String name, String expected) {
        assertEquals(expected, PartyNames.normalise(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ZTE Corporation|zte",
            "Z\u0422\u0415 Corporation|zte",
            "z\u0442\u0435 corp.|zte",
            "\uff3a\uff34\uff25 Co., Ltd.|zte",
            "Z\u200bTE|zte",
            "H\u0456kvision Digital Technology Co., Ltd.|hikvision digital technology",
            "Hikvision Digital Technology Company Limited|hikvision digital technology"})
    void shouldGiveLookAlikeSpellingsOneSkeleton(String name, String expected) {
        // Each side goes through the same mapping; what matters is that look-alikes meet.
        assertEquals(PartyNames.skeleton(expected.toUpperCase(java.util.Locale.ROOT)), PartyNames.skeleton(name));
    }

    @Test
    void shouldKeepDifferentNamesApartInTheSkeleton() {
        assertNotEquals(PartyNames.skeleton("ZTE Corporation"), PartyNames.skeleton("ZTF Corporation"));
        assertNotEquals(PartyNames.skeleton("Halvard Systems"), PartyNames.skeleton("Halvard Sistems"));
    }

    @Test
    void shouldNameTheScriptsOfTheLetters() {
        assertEquals(Set.of("Latin"), PartyNames.scripts("ZTE Corporation 5G"));
        assertEquals(Set.of("Cyrillic", "Latin"), PartyNames.scripts("Z\u0422\u0415 Corporation"));
        assertEquals(Set.of(), PartyNames.scripts("123 -"));
    }

    @Test
    void shouldNormaliseWidthAndInvisibleCharactersToo() {
        assertEquals("zte", PartyNames.normalise("\uff3a\uff34\uff25 Corp"));
        assertEquals("halvard systems", PartyNames.normalise("Halvard\u200b Systems Inc."));
    }

    @Test
    void shouldListTheNameAndEveryAliasOnce() {
        assertEquals(List.of("zte", "zte telecom"), PartyNames.all("ZTE Corporation", "ZTE; ZTE Telecom Ltd; ;zte"));
    }
}
