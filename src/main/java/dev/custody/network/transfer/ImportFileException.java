package dev.custody.network.transfer;

import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;

/**
 * An upload that cannot be read as an import at all: wrong type, malformed, too large, wrong headers. The problem
 * names the multipart field "file".
 */
public class ImportFileException extends InvalidInputException {
    private final int status;
    private final String title;

    private ImportFileException(int status, String title, String message) {
        super(message, new FieldError("file", message));
        this.status = status;
        this.title = title;
    }

    public static ImportFileException unreadable(String message) {
        return new ImportFileException(400, "Unreadable file", message);
    }

    public static ImportFileException tooLarge(String message) {
        return new ImportFileException(413, "File too large", message);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
