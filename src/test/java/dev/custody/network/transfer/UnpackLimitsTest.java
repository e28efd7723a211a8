package dev.custody.network.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip bombs are refused from the zip's own directory and inflated byte counts, before POI parses a sheet. */
class UnpackLimitsTest {
    private static final long MB = 1024 * 1024;
    /** Small limits, so that the files that break them stay small too. */
    private static final UnpackLimits SMALL = new UnpackLimits(4 * MB, 2 * MB, 10, MB, 0.01);

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAWorkbookWithA60MbSheetNamingTheLimitWhileAllocatingLittle() {
        byte[] real = Workbooks.xlsx(List.of(Workbooks.organization("Bomb", "VENDOR", "US")), List.of());
        String row = "<row><c t=\"inlineStr\"><is><t>Padding vendor</t></is></c></row>";
        Path bomb = Zips.rewrite(real, dir.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> Zips.padded(xml, row, 60 * MB));
        assertThat(bomb.toFile().length()).isLessThan(MB);

        long allocated = allocatedBy(() -> assertThatThrownBy(() -> XlsxReader.read(bomb, 10))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("xl/worksheets/sheet1.xml").contains("more than 25 MB")
                            .contains("save its sheets as CSV");
                }));

        assertThat(allocated).as("bytes allocated while refusing the bomb").isLessThan(100 * MB);
    }

    @Test
    void shouldRefuseAWorkbookWhosePartsTogetherUnpackPastTheTotalLimit() {
        Map<String, Zips.Content> parts = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            parts.put("xl/worksheets/sheet" + i + ".xml", Zips.noise(3 * MB / 2));
        }
        Path zip = Zips.zip(dir.resolve("wide.xlsx"), parts);

        assertThatThrownBy(() -> SMALL.check(zip)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.getMessage()).startsWith("The workbook unpacks to more than 4 MB")
                    .contains("split it into several files or save its sheets as CSV");
        });
    }

    @Test
    void shouldCountTheBytesAPartReallyInflatesToWhenItsDeclaredSizeLies() throws IOException {
        Path zip = Zips.zip(dir.resolve("forged.xlsx"), Map.of("xl/worksheets/sheet1.xml", Zips.noise(3 * MB)));
        Zips.declareSize(zip, 100);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("xl/worksheets/sheet1.xml").getSize()).isEqualTo(100);
        }

        assertThatThrownBy(() -> SMALL.check(zip)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("(xl/worksheets/sheet1.xml) unpacks to more than 2 MB");
    }

    @Test
    void shouldRefuseAPartThatUnpacksToOverAHundredTimesItsPackedSize() throws IOException {
        Path zip = Zips.zip(dir.resolve("spaces.xlsx"), Map.of("xl/sharedStrings.xml", Zips.spaces(3 * MB / 2)));
        Path forged = Files.copy(zip, dir.resolve("spaces-forged.xlsx"));
        Zips.declareSize(forged, 100);

        for (Path file : List.of(zip, forged)) {
            assertThatThrownBy(() -> SMALL.check(file)).isInstanceOfSatisfying(ImportFileException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("(xl/sharedStrings.xml) unpacks to more than 100 times its packed size")
                        .contains("zip bomb");
            });
        }
    }

    @Test
    void shouldRefuseAZipOfMoreThanAThousandParts() {
        Map<String, Zips.Content> parts = new LinkedHashMap<>();
        for (int i = 0; i <= 1000; i++) {
            parts.put("xl/media/image" + i + ".png", out -> out.write(1));
        }
        Path zip = Zips.zip(dir.resolve("many.xlsx"), parts);

        assertThatThrownBy(() -> XlsxReader.read(zip, 10)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("more than 1000 parts");
        });
    }

    @Test
    void shouldLetAnOrdinaryWorkbookThroughUntouched() throws IOException {
        Path file = Files.write(dir.resolve("ok.xlsx"), Workbooks.xlsx(
                List.of(Workbooks.organization("Ordinary", "VENDOR", "US")), List.of()));

        UnpackLimits.DEFAULT.check(file);
        assertThat(XlsxReader.read(file, 10).organizations()).extracting(r -> r.value("name")).containsExactly("Ordinary");
    }

    /** Bytes the current thread allocated while the action ran: an upper bound on how far it could grow the heap. */
    private static long allocatedBy(Runnable action) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes");
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
