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
            "'  '|''"})
    void shouldNormaliseCasePunctuationAccentsAndLegalForms(String name, String expected) {
        assertEquals(expected, PartyNames.normalise(name));
    }

    @Test
    void shouldListTheNameAndEveryAliasOnce() {
        assertEquals(List.of("zte", "zte telecom"), PartyNames.all("ZTE Corporation", "ZTE; ZTE Telecom Ltd; ;zte"));
    }
}
