package dev.custody.network.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How far an uploaded workbook may unpack; checked on the zip itself before POI opens it, first on the sizes
 * the central directory declares and then on the bytes each part really inflates to, since declarations can lie.
 */
record UnpackLimits(long maxTotalBytes, long maxEntryBytes, int maxEntries, long ratioCheckedAbove, double minRatio) {
    private static final long MB = 1024L * 1024;

    /** A 20,000-row import unpacks to a few MB; these leave room for wide text and styling, not for a zip bomb. */
    static final UnpackLimits DEFAULT = new UnpackLimits(40 * MB, 25 * MB, 1000, MB, 0.01);

    /** Refuses the file with an ImportFileException naming the limit it breaks; reads at most the limits' worth. */
    void check(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > maxEntries) {
                throw ImportFileException.unreadable("The workbook holds more than " + maxEntries
                        + " parts, far more than a spreadsheet has (a guard against zip bombs); it was not read. "
                        + "Save it again from Excel, or save its sheets as CSV.");
            }
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            checkDeclared(entries);
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry : entries) {
                total += inflate(zip, entry, total, buffer);
            }
        } catch (IOException e) {
            throw XlsxReader.notAWorkbook();
        }
    }

    private void checkDeclared(List<? extends ZipEntry> entries) {
        long total = 0;
        for (ZipEntry entry : entries) {
            long size = Math.max(entry.getSize(), 0);
            total += size;
            refuseIfOver(entry, size, total);
        }
    }

    /** Inflates one part without keeping it, counting its bytes against the limits as they come. */
    private long inflate(ZipFile zip, ZipEntry entry, long before, byte[] buffer) throws IOException {
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                refuseIfOver(entry, size, before + size);
            }
        }
        return size;
    }

    private void refuseIfOver(ZipEntry entry, long size, long total) {
        if (size > maxEntryBytes) {
            throw ImportFileException.tooLarge("One part of the workbook (" + entry.getName() + ") unpacks to more than "
                    + megabytes(maxEntryBytes) + ", the most one import reads (a guard against zip bombs); "
                    + "split it into several files or save its sheets as CSV.");
        }
        if (total > maxTotalBytes) {
            throw ImportFileException.tooLarge("The workbook unpacks to more than " + megabytes(maxTotalBytes)
                    + ", the most one import reads (a guard against zip bombs); split it into several files or save "
                    + "its sheets as CSV.");
        }
        long packed = entry.getCompressedSize();
        if (size > ratioCheckedAbove && packed >= 0 && packed < size * minRatio) {
            throw ImportFileException.unreadable("One part of the workbook (" + entry.getName() + ") unpacks to more than "
                    + Math.round(1 / minRatio) + " times its packed size (a possible zip bomb); it was not read. "
                    + "Save it again from Excel, or save its sheets as CSV.");
        }
    }

    private static String megabytes(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : ImportFileReader.megabytes(bytes);
    }
}
