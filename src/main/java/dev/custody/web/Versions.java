package dev.custody.web;

/** Optimistic concurrency for updates: the version a client edited, from If-Match or the body. */
public final class Versions {
    private Versions() {
    }

    /** The ETag of a record's version, as sent on GET and expected back in If-Match. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client edited: If-Match wins over the body; neither is refused with 428. */
    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "must be the ETag of the record, such as \"3\"");
            }
        }
        if (bodyVersion == null) {
            throw new PreconditionRequiredException();
        }
        return bodyVersion;
    }

    /** Refuses an edit made to an older version than the stored one. */
    public static void check(String what, long stored, long expected) {
        if (stored != expected) {
            throw new ConflictException(what + " was changed by someone else (you edited version " + expected
                    + ", it is now at version " + stored + "); reload it and apply your change again");
        }
    }

    /** A delete must name the version it removes too: missing is refused with 428, stale with 409. */
    public static void checkDelete(String what, long stored, Long expected) {
        if (expected == null) {
            throw new PreconditionRequiredException();
        }
        check(what, stored, expected);
    }
}
