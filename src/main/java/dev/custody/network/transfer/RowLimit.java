package dev.custody.network.transfer;

/** Counts data rows over all sheets of one upload and refuses the file past the configured maximum. */
final class RowLimit {
    private final int max;
    private int count;

    RowLimit(int max) {
        this.max = max;
    }

    void count() {
        count++;
        if (count > max) {
            throw ImportFileException.unreadable("The file has more than " + max
                    + " data rows, the most one import accepts; split it into several files.");
        }
    }
}
