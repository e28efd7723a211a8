package dev.custody.gating.screening;

import dev.custody.network.transfer.ImportError;
import dev.custody.web.DomainException;
import java.util.List;

/** A screening list file that cannot be imported: every problem is listed, the list in force stays. */
public class ScreeningImportException extends DomainException {
    private final List<ImportError> rows;

    public ScreeningImportException(List<ImportError> rows) {
        super(rows.size() + (rows.size() == 1 ? " problem" : " problems") + " found in the file; nothing was "
                + "imported and the screening list in force stays. Correct the file and upload it again.");
        this.rows = List.copyOf(rows);
    }

    /** A problem of the whole file (size, content), not of a row. */
    static ScreeningImportException file(String message) {
        return new ScreeningImportException(List.of(new ImportError(CslFile.SHEET, 0, "file", message)));
    }

    public List<ImportError> rows() {
        return rows;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Screening list refused";
    }
}
