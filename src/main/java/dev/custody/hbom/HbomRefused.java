package dev.custody.hbom;

import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import java.util.List;

/**
 * A hardware BOM that cannot be imported as it is: every problem found, each naming the place in the BOM (such as
 * components[0].components[2].manufacturer) or the decision it needs. Nothing was imported.
 */
public class HbomRefused extends InvalidInputException {
    public HbomRefused(List<FieldError> problems) {
        super(problems);
    }

    public HbomRefused(String field, String message) {
        super(field, message);
    }

    @Override
    public String getMessage() {
        int count = errors().size();
        return count + (count == 1 ? " problem" : " problems") + " found in the hardware BOM; nothing was imported. "
                + "Each is listed with the place in the BOM or the decision it needs.";
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Hardware BOM refused";
    }
}
