package dev.custody.network.transfer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What an import did: the records created, or every row error when nothing was written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImportResult(int organizationsCreated, int linksCreated, List<ImportError> errors) {

    static ImportResult failed(List<ImportError> errors) {
        return new ImportResult(0, 0, List.copyOf(errors));
    }

    @JsonIgnore
    public boolean succeeded() {
        return errors.isEmpty();
    }
}
