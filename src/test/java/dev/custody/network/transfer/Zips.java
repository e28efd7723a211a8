package dev.custody.network.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds hostile zip files for the tests, streaming their content so that the tests themselves stay small. */
final class Zips {
    /** Writes the unpacked content of one zip part. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private Zips() {
    }

    /** Copies a workbook, letting the sheet XML of one part be rewritten from its original text. */
    static Path rewrite(byte[] workbook, Path target, String part, Function<String, Content> content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] original = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content.apply(new String(original, StandardCharsets.UTF_8)).write(out);
                } else {
                    out.write(original);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's XML with the given rows written again and again just before its end, up to about that many bytes. */
    static Content padded(String sheetXml, String row, long bytes) {
        int end = sheetXml.indexOf("</sheetData>");
        return out -> {
            out.write(sheetXml.substring(0, end).getBytes(StandardCharsets.UTF_8));
            byte[] padding = row.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < bytes; written += padding.length) {
                out.write(padding);
            }
            out.write(sheetXml.substring(end).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A zip of named parts, each filled by its content. */
    static Path zip(Path target, Map<String, Content> parts) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().write(out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Content that deflate can hardly shrink: pseudo-random hex digits. */
    static Content noise(long bytes) {
        Random random = new Random(bytes);
        return out -> {
            byte[] line = new byte[64];
            for (long written = 0; written < bytes; written += line.length) {
                for (int i = 0; i < line.length; i++) {
                    line[i] = (byte) "0123456789abcdef".charAt(random.nextInt(16));
                }
                out.write(line);
            }
        };
    }

    /** The same byte over and over: the most compressible content there is. */
    static Content spaces(long bytes) {
        return out -> {
            byte[] block = " ".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block);
            }
        };
    }

    /** Makes the central directory of a zip declare a false uncompressed size for every part, as a forger would. */
    static void declareSize(Path zip, int size) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        int end = bytes.limit() - 22;
        while (bytes.getInt(end) != 0x06054b50) {
            end--;
        }
        int at = bytes.getInt(end + 16);
        for (int entry = 0; entry < Short.toUnsignedInt(bytes.getShort(end + 10)); entry++) {
            bytes.putInt(at + 24, size);
            at += 46 + Short.toUnsignedInt(bytes.getShort(at + 28)) + Short.toUnsignedInt(bytes.getShort(at + 30))
                    + Short.toUnsignedInt(bytes.getShort(at + 32));
        }
        Files.write(zip, bytes.array());
    }

    /** A real one-row workbook whose first sheet unpacks to 40 MB of spaces: a zip bomb of a few hundred KB. */
    static byte[] bomb() throws IOException {
        byte[] real = Workbooks.xlsx(java.util.List.of(Workbooks.organization("Bomb", "VENDOR", "US")), java.util.List.of());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(real));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    content = (xml.substring(0, at) + " ".repeat(40_000_000) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
            }
        }
        return bytes.toByteArray();
    }
}
