package dev.custody.network.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.custody.web.FieldError;
import dev.custody.web.Problem;
import java.util.List;

/**
 * The RFC 9457 problem of an import with bad rows: Problem's shape (errors named like Organizations!row 5!kind)
 * plus rows, the same errors with sheet, row and column apart.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImportProblem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, List<ImportError> rows) {

    static ImportProblem of(List<ImportError> rows, String instance) {
        List<FieldError> errors = rows.stream().map(e -> new FieldError(e.field(), e.message())).toList();
        String detail = rows.size() + (rows.size() == 1 ? " problem" : " problems")
                + " found in the file; nothing was imported. Correct the rows and upload the whole file again.";
        return new ImportProblem("about:blank", "Import refused", 422, detail, instance, errors, rows);
    }

    static String mediaType() {
        return Problem.MEDIA_TYPE;
    }
}
