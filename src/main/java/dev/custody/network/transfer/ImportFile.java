package dev.custody.network.transfer;

import java.util.List;

/** The rows of an uploaded file, per table; a CSV file fills one of the two. */
record ImportFile(List<RawRow> organizations, List<RawRow> links) {

    int size() {
        return organizations.size() + links.size();
    }
}
