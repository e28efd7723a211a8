package dev.custody.gating.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custody.network.transfer.ImportError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CslFileTest {
    static final String HEADER = String.join(",", CslFile.HEADER);

    static byte[] sample(String name) {
        try (InputStream in = CslFileTest.class.getResourceAsStream("/screening/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of 29 cells with the given source, name and alt_names. */
    static String row(String source, String name, String aliases) {
        String[] cells = new String[29];
        java.util.Arrays.fill(cells, "");
        cells[1] = source;
        cells[5] = name;
        cells[22] = aliases;
        return String.join(",", cells);
    }

    static List<ImportError> problems(String csv) {
        return assertThrows(ScreeningImportException.class,
                () -> CslFile.read(csv.getBytes(StandardCharsets.UTF_8), 100_000)).rows();
    }

    @Test
    void shouldReadTheSampleWithQuotedCellsLineBreaksAndAliases() {
        CslFile.Parsed parsed = CslFile.read(sample("csl-sample.csv"), 100_000);
        assertEquals(4, parsed.entries().size());
        CslFile.Entry first = parsed.entries().get(0);
        assertEquals("Quorvex Photonics Holdings Ltd.", first.name());
        assertEquals("Quorvex Photonics; QPH Microwave Co.", first.aliases());
        assertEquals("Entity List (EL) - Bureau of Industry and Security", first.source());
        assertEquals("fict-0001", first.cslId());
        assertEquals(2, first.row());
        assertEquals(3, parsed.entries().get(1).row(), "the first row's remarks span two lines but it is one record");
        assertEquals(null, parsed.entries().get(2).aliases());
        assertEquals(64, parsed.checksum().length());
        assertEquals(CslFile.sha256(sample("csl-sample.csv")), parsed.checksum());
    }

    @Test
    void shouldRefuseAnotherHeader() {
        List<ImportError> rows = problems("name,source,alt_names\nAcme,EL,\n");
        assertEquals("header", rows.get(0).column());
        assertTrue(rows.get(0).message().contains("found 3 columns"), rows.get(0).message());
    }

    @Test
    void shouldListEveryBadRowWithItsNumberAndColumn() {
        List<ImportError> rows = problems(HEADER + "\n" + row("EL", "Good Party", "") + "\n" + row("EL", " ", "x")
                + "\n" + "a,b,c\n" + row("", "No Source Party", "") + "\n");
        assertEquals(List.of("csv!row 3!name", "csv!row 4", "csv!row 5!source"),
                rows.stream().map(ImportError::field).toList());
        assertTrue(rows.get(1).message().contains("has 3 columns"), rows.get(1).message());
    }

    @Test
    void shouldRefuseAFileOverTheLimitEmptyOrWithoutParties() {
        byte[] sample = sample("csl-sample.csv");
        ScreeningImportException big = assertThrows(ScreeningImportException.class,
                () -> CslFile.read(sample, sample.length - 1));
        assertTrue(big.rows().get(0).message().contains("at most " + (sample.length - 1)), big.getMessage());
        assertEquals("file", big.rows().get(0).column());
        assertEquals("file", problems("").get(0).column());
        assertTrue(problems(HEADER + "\n").get(0).message().contains("no party"));
    }

    @Test
    void shouldRefuseBinaryContentClearly() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertTrue(assertThrows(ScreeningImportException.class, () -> CslFile.read(zip, 100)).rows().get(0).message()
                .contains("ZIP archive or an Excel workbook"));
        byte[] nul = (HEADER + "\n\0\0").getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(ScreeningImportException.class, () -> CslFile.read(nul, 100_000)).rows().get(0)
                .message().contains("binary"));
        byte[] latin1 = (HEADER + "\n" + row("EL", "Soci\u00e9t\u00e9", "")).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(ScreeningImportException.class, () -> CslFile.read(latin1, 100_000)).rows().get(0)
                .message().contains("not UTF-8"));
    }
}
