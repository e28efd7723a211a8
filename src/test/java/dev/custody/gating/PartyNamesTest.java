package dev.custody.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void shouldListTheNameAndEveryAliasOnce() {
        assertEquals(List.of("zte", "zte telecom"), PartyNames.all("ZTE Corporation", "ZTE; ZTE Telecom Ltd; ;zte"));
    }
}
