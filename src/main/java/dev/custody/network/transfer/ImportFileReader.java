package dev.custody.network.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Turns an uploaded file into rows: checks its size and that it really is what its name says. */
@ApplicationScoped
public class ImportFileReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    @Inject
    ImportConfig config;

    ImportFile read(String fileName, Path path, long size) {
        checkSize(size, config.maxBytes());
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        byte[] head = head(path);
        ImportFile file;
        if (name.endsWith(".xlsx")) {
            checkWorkbook(head);
            file = XlsxReader.read(path, config.maxRows());
        } else if (name.endsWith(".csv")) {
            if (startsWith(head, ZIP) || startsWith(head, OLE2)) {
                throw ImportFileException.unreadable("The file is an Excel workbook, not CSV text; upload it with the .xlsx extension.");
            }
            file = CsvReader.read(bytes(path), config.maxRows());
        } else {
            throw ImportFileException.unreadable("Upload an Excel .xlsx workbook or a .csv file; \"" + fileName
                    + "\" is neither.");
        }
        if (file.size() == 0) {
            throw ImportFileException.unreadable("The file has a header but no data rows; there is nothing to import.");
        }
        return file;
    }

    /** Refuses an empty file or one over the limit, naming both sizes. */
    public static void checkSize(long size, long maxBytes) {
        if (size <= 0) {
            throw ImportFileException.unreadable("The file is empty.");
        }
        if (size > maxBytes) {
            throw ImportFileException.tooLarge("The file is " + megabytes(size) + "; one import accepts at most "
                    + megabytes(maxBytes) + ". Split it into several files.");
        }
    }

    private static void checkWorkbook(byte[] head) {
        if (startsWith(head, OLE2)) {
            throw ImportFileException.unreadable("The file is an old .xls workbook or a password-protected one; "
                    + "save it as .xlsx without a password.");
        }
        if (!startsWith(head, ZIP)) {
            throw ImportFileException.unreadable("The file is not an Excel .xlsx workbook; it only has the .xlsx name.");
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
