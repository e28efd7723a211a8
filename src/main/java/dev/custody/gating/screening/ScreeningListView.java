package dev.custody.gating.screening;

import java.time.Instant;

/** The screening list in force: where it came from, when and by whom it was imported, and what it holds. */
public record ScreeningListView(long id, String source, String fileName, Instant importedAt, String importedBy,
        int rows, int names, String checksum) {

    static ScreeningListView of(ScreeningList l) {
        return new ScreeningListView(l.id, l.source, l.fileName, l.importedAt, l.importedBy, l.rowCount, l.nameCount,
                l.checksum);
    }
}
