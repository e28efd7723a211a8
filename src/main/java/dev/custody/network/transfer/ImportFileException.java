package dev.custody.network.transfer;

import dev.custody.web.DomainException;

/** An upload that cannot be read as an import at all: wrong type, malformed, too large, wrong headers. */
public class ImportFileException extends DomainException {
    private final int status;
    private final String title;

    private ImportFileException(int status, String title, String message) {
        super(message);
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
