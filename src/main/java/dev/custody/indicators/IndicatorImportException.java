package dev.custody.indicators;

import dev.custody.network.transfer.ImportError;
import dev.custody.web.DomainException;
import java.util.List;

/** An indicator file with bad rows: every one is listed, nothing was saved. */
public class IndicatorImportException extends DomainException {
    private final List<ImportError> rows;

    public IndicatorImportException(List<ImportError> rows) {
        super(rows.size() + (rows.size() == 1 ? " problem" : " problems")
                + " found in the file; nothing was imported. Correct the rows and upload the whole file again.");
        this.rows = List.copyOf(rows);
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
        return "Import refused";
    }
}
