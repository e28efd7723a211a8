package dev.custody.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value refused while it is read (a control character, a list too long); Jackson adds the path of the
 * field, and the problem mapper answers 400 naming it with this message.
 */
public class RefusedInputException extends JsonMappingException {
    public RefusedInputException(JsonParser parser, String message) {
        super(parser, message);
    }
}
